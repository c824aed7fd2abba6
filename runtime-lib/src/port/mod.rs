//! Platform services. (Skeleton.)
