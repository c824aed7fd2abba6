# Attribute access: the whole `value.name` range.
class Account:
    def __init__(self, owner):
        self.owner = owner


def describe(account):
    return account.owner.upper() + " has " + str(account.balance)


print(describe(Account("ada")))
