import math
from math import sqrt, gamma
