module OkMidiModel where
-- expect: ok (a small model of the live-sequencer's Midi module)

data Event a = Wait Integer | Say String | Event a
data Channel a = Channel Integer a
data Message = PgmChange Integer | On Integer Integer | Off Integer Integer

note :: Integer -> Integer -> [Event Message]
note d p = [Event (On p 64), Wait d, Event (Off p 64)]

channel :: Integer -> [Event a] -> [Event (Channel a)]
channel c = map wrap
  where
    wrap (Event m) = Event (Channel c m)
    wrap (Wait t) = Wait t
    wrap (Say s) = Say s

main' :: [Event (Channel Message)]
main' = channel 0 (note 500 60 ++ note 500 64) ++ main'
