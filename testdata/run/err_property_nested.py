# Setting a property without a setter on a nested class: the message names the
# class by its qualified name.
class Sensor:
    class Reading:
        @property
        def value(self):
            return 42


r = Sensor.Reading()
print(r.value)
r.value = 7
