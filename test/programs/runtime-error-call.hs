-- `error` stops the element with the message.
main = ["ok", error ("bad " ++ show 42)]
-- expect: ok
-- expect error: bad 42
