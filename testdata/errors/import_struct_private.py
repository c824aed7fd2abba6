from struct import pack, _clearcache
