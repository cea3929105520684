{-# LANGUAGE PackageImports, NoImplicitPrelude #-}
-- Stands in for Refrain's built-in module (src/reduce/primitives.ts) when GHC checks lib/:
-- the same names, classes and methods, with base's implementations, and `undefined` for the
-- primitives only Refrain has. The standard instances are base's.
module Refrain.Primitive
  ( Eq ((==), (/=)), Ord (compare, (<), (<=), (>), (>=), max, min), Show (showsPrec, show, showList)
  , Bounded (minBound, maxBound)
  , Enum (succ, pred, toEnum, fromEnum, enumFrom, enumFromThen, enumFromTo, enumFromThenTo)
  , Num ((+), (-), (*), negate, abs, signum, fromInteger), Real (toRational)
  , Integral (quot, rem, div, mod, toInteger), Fractional ((/), fromRational)
  , Floating (pi, exp, log, sqrt, sin, cos, tan, atan, (**))
  , RealFrac (properFraction, truncate, round, ceiling, floor), RealFloat (atan2)
  , Integer, Int, Double, Float, Char, Bool (..), Ordering (..), Ratio, Rational
  , (^), gcd, (%), numerator, denominator, fromIntegral, realToFrac, toDouble, ord, chr
  , seq, ($!), error, errorWithoutStackTrace
  , primIsNumber, primIsInteger, primEnumLike, primEnumLimit, primEnumLast, primControl
  , primShow, primFromEnum, primShowNumber, primShowsNumber, primShowList, primShowsPrefix, primShowsFields
  , primShowsRecord, primShowsInfix, primEnumFromPosition, primToFloat
  , undefined, primForceList, lcm, (^^), primConcatMap, primAppend, primEnumFromStep, primEnumUpTo
  ) where

import "base" Prelude
  ( Eq (..), Ord (..), Show (..), Bounded (..), Enum (..), Num (..), Real (..), Integral (..)
  , Fractional (..), Floating (..), RealFrac (..), RealFloat (..)
  , Integer, Int, Double, Float, Char, Bool (..), Ordering (..), Rational
  , (^), (^^), gcd, lcm, fromIntegral, realToFrac, seq, ($!), error, errorWithoutStackTrace
  , undefined, foldr, concatMap, (++)
  )
import "base" Data.Char (ord, chr)
import "base" Data.Ratio (Ratio, (%), numerator, denominator)

toDouble :: Real a => a -> Double
toDouble = realToFrac

primToFloat :: Real a => a -> Float
primToFloat = realToFrac

primIsNumber :: a -> Bool
primIsNumber = undefined

primIsInteger :: a -> Bool
primIsInteger = undefined

primEnumLike :: a -> Int -> a
primEnumLike = undefined

primEnumLimit :: a -> a -> Int -> Int
primEnumLimit = undefined

primEnumLast :: a -> a
primEnumLast = undefined

primControl :: Num a => Int -> [Char] -> a -> a -> a -> a
primControl _ _ _ _ initial = initial

primShow :: a -> [Char]
primShow = undefined

primFromEnum :: a -> Int
primFromEnum = undefined

primShowNumber :: Int -> a -> [Char]
primShowNumber = undefined

primShowsNumber :: Int -> a -> [Char] -> [Char]
primShowsNumber = undefined

primShowList :: (a -> [Char] -> [Char]) -> [a] -> [Char] -> [Char]
primShowList = undefined

primShowsPrefix :: Int -> [Char] -> [[Char] -> [Char]] -> [Char] -> [Char]
primShowsPrefix = undefined

primShowsFields :: [[Char] -> [Char]] -> [Char] -> [Char]
primShowsFields = undefined

primShowsRecord :: Int -> [Char] -> [[Char]] -> [[Char] -> [Char]] -> [Char] -> [Char]
primShowsRecord = undefined

primShowsInfix :: Int -> Int -> [Char] -> ([Char] -> [Char]) -> ([Char] -> [Char]) -> [Char] -> [Char]
primShowsInfix = undefined

primEnumFromPosition :: a -> Int -> a
primEnumFromPosition = undefined

primForceList :: [a] -> ()
primForceList = foldr seq ()

primConcatMap :: (a -> [b]) -> [a] -> [b]
primConcatMap = concatMap

primAppend :: [a] -> [a] -> [a]
primAppend = (++)

primEnumFromStep :: a -> Int -> Int -> [a]
primEnumFromStep = undefined

primEnumUpTo :: a -> Int -> Int -> Int -> [a]
primEnumUpTo = undefined
