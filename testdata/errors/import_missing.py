print("start")
import nosuchmodule
