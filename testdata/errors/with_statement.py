lock = None
with lock:
    print("inside")
