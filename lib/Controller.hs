-- The live-sequencer's Controller module: named controls a song reads its values from.
-- In the studio each call becomes a widget (a check box or a slider labelled with the name);
-- moving it substitutes the widget's value, like an edit. Outside the studio (and before the
-- widget is touched) a control yields its default.
module Controller (checkBox, slider) where

-- | `checkBox "drums" True`: a check box named "drums", ticked at first.
checkBox :: String -> Bool -> Bool
checkBox name def = primForceList name `seq` (primControl 1 name 0 1 (if def then 1 else 0) == 1)

-- | `slider "tempo" 50 150 100`: a slider named "tempo" from 50 to 150, at 100 at first.
slider :: String -> Integer -> Integer -> Integer -> Integer
slider name low high def = primForceList name `seq` primControl 0 name low high def
