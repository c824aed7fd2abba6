# Class-level annotations (__annotations__, evaluated), typing's reprs.
from typing import List, Optional
class P:
    x: int = 3
    y: str
    z: List[int] = []
    def m(self) -> int:
        v: int = 5
        return v
class Q:
    pass
print(P.__annotations__, P.x, P().m(), hasattr(Q, "__annotations__") and Q.__annotations__)
from typing import Dict, Tuple, Callable, Union
class R:
    a: Dict[str, int]
    b: Optional[P]
    c: Tuple[int, ...]
    d: Callable[[int, str], bool]
    e: Union[int, None]
print(R.__annotations__)
