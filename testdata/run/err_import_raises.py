# An exception escaping an imported module's body ends the program.
print("before")
import mod_broken
print("never")
