# Module bodies run once, in import order; circular imports see half-done modules;
# a module whose body raised is run again by the next import.
import mod_cycle_a
print("main sees", mod_cycle_a.value)
import mod_cycle_b
print("mod_cycle_b again:", mod_cycle_b.seen)
import mod_cycle_c
print("mod_cycle_c ready:", mod_cycle_c.ready)

for attempt in range(2):
    try:
        import mod_broken
    except ZeroDivisionError as e:
        print("attempt", attempt, "ZeroDivisionError:", e)
