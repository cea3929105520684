// The built-in module `Refrain.Primitive`: arithmetic, comparison, show, seq, error, characters
// and enumerations. Operations are TypeScript; derived ones are Haskell text compiled with them.

import type { Primitive } from "../core/term.ts";
import { EQ, FALSE, GT, LT, TRUE } from "../core/builtins.ts";
import { Char, Data, nullary } from "./values.ts";
import * as numbers from "../core/numbers.ts";
import { ArithmeticError, Float, type Num } from "../core/numbers.ts";
import { listToString, stringToList } from "./strings.ts";
import { showValue } from "./show-value.ts";
import { locate, sameOrigin, type Origin } from "./origins.ts";

const bool = (value: boolean): Data => nullary(value ? TRUE : FALSE);

function requireNumber(value: unknown): Num {
  if (!numbers.isNumber(value)) throw new ArithmeticError(`expected a number, got ${kindOf(value)}`);
  return value;
}

function kindOf(value: unknown): string {
  if (value instanceof Char) return "a character";
  if (value instanceof Data) return `\`${value.con.name}\``;
  return "a function";
}

function strict(name: string, arity: number, apply: (...values: any[]) => unknown): Primitive {
  return { name, arity, mode: "strict", apply };
}

function arithmetic(name: string, operation: (a: Num, b: Num) => Num): Primitive {
  return strict(name, 2, (a, b) => operation(requireNumber(a), requireNumber(b)));
}

function unary(name: string, operation: (a: Num) => unknown): Primitive {
  return strict(name, 1, (a) => operation(requireNumber(a)));
}

function floating(name: string, operation: (x: number) => number): Primitive {
  return unary(name, (a) => new Float(operation(numbers.toFloat(a))));
}

function structural(name: string, decide: (order: number, left: unknown, right: unknown) => unknown): Primitive {
  return { name, arity: 2, mode: "structural", apply: decide };
}

/** The position of an enumerable value: a number itself, a character's code, a constructor's tag. */
function enumIndex(value: unknown): Num {
  if (numbers.isNumber(value)) return value;
  if (value instanceof Char) return value.code;
  if (value instanceof Data && value.con.arity === 0) return value.con.tag;
  throw new ArithmeticError(`${kindOf(value)} is not enumerable`);
}

/** The value of the same kind as `sample` at position `index`. */
function enumLike(sample: unknown, index: unknown): unknown {
  const position = requireNumber(index);
  if (numbers.isNumber(sample)) return position;
  if (typeof position !== "number") throw new ArithmeticError("enumeration index out of range");
  if (sample instanceof Char) {
    if (position < 0 || position > 0x10ffff) throw new ArithmeticError(`character code ${position} out of range`);
    return Char.of(position);
  }
  if (sample instanceof Data) {
    const sibling = sample.con.siblings[position];
    if (sibling === undefined || sibling.arity !== 0) {
      throw new ArithmeticError(`no constructor at position ${position} of the type of \`${sample.con.name}\``);
    }
    return nullary(sibling);
  }
  throw new ArithmeticError("not enumerable");
}

const identity = (name: string) => unary(name, (a) => a);

/** Where `slider` and `checkBox` read their values (the session's control table). */
export interface ControlReader {
  read(name: string, kind: "slider" | "checkBox", low: number, high: number, initial: number): number;
}

function control(reader: ControlReader): Primitive {
  return { ...strict("primControl", 5, (kind, name, low, high, initial) => {
    const label = listToString(name);
    if (label === undefined) throw new ArithmeticError("a control's name must be a string");
    const bounds = [low, high, initial].map((value) => numbers.toFloat(requireNumber(value)));
    const value = reader.read(label, kind === 1 ? "checkBox" : "slider", bounds[0], bounds[1], bounds[2]);
    const whole = [low, high, initial].every(numbers.isInteger);
    return whole ? Math.round(value) : numbers.rational(BigInt(Math.round(value * 1000)), 1000n);
  }), volatile: true };
}

/** The built-in operations, with controls read from `controls`. */
export function createPrimitives(controls: ControlReader): Primitive[] {
  return [...operations, control(controls)];
}

const operations: readonly Primitive[] = [
  arithmetic("+", numbers.add),
  arithmetic("-", numbers.subtract),
  arithmetic("*", numbers.multiply),
  arithmetic("/", numbers.divide),
  arithmetic("div", (a, b) => numbers.integerDivision("div", a, b)),
  arithmetic("mod", (a, b) => numbers.integerDivision("mod", a, b)),
  arithmetic("quot", (a, b) => numbers.integerDivision("quot", a, b)),
  arithmetic("rem", (a, b) => numbers.integerDivision("rem", a, b)),
  arithmetic("^", numbers.power),
  arithmetic("gcd", numbers.gcd),
  arithmetic("%", (a, b) => {
    if (!numbers.isInteger(a) || !numbers.isInteger(b)) throw new ArithmeticError("% needs whole numbers");
    return numbers.divide(a, b);
  }),
  arithmetic("**", (a, b) => new Float(numbers.toFloat(a) ** numbers.toFloat(b))),
  arithmetic("atan2", (a, b) => new Float(Math.atan2(numbers.toFloat(a), numbers.toFloat(b)))),
  unary("negate", numbers.negate),
  unary("abs", numbers.absolute),
  unary("signum", (a) => (a instanceof Float ? new Float(Math.sign(a.value)) : numbers.sign(a))),
  unary("numerator", numbers.numerator),
  unary("denominator", numbers.denominator),
  unary("truncate", (a) => numbers.roundNumber("truncate", a)),
  unary("round", (a) => numbers.roundNumber("round", a)),
  unary("floor", (a) => numbers.roundNumber("floor", a)),
  unary("ceiling", (a) => numbers.roundNumber("ceiling", a)),
  unary("toDouble", (a) => new Float(numbers.toFloat(a))),
  // A Float is an IEEE double at run time too (GHC's is single precision).
  unary("primToFloat", (a) => new Float(numbers.toFloat(a))),
  unary("primIsInteger", (a) => bool(numbers.isInteger(a))),
  floating("sqrt", Math.sqrt),
  floating("exp", Math.exp),
  floating("log", Math.log),
  floating("sin", Math.sin),
  floating("cos", Math.cos),
  floating("tan", Math.tan),
  floating("atan", Math.atan),
  identity("fromInteger"),
  identity("toInteger"),
  // A Double's exact value (every finite double is a fraction with a power of 2 below).
  unary("toRational", (a) => (a instanceof Float ? numbers.exactValue(a.value) : a)),
  identity("fromRational"),
  strict("primIsNumber", 1, (a) => bool(numbers.isNumber(a))),
  // `showsPrec d n` of a number, without the rest of the string: `(-1)` and `(1 % 2)` in parentheses where d asks.
  strict("primShowNumber", 2, (precedence, value) => stringToList(showValue(requireNumber(value), Number(requireNumber(precedence))))),
  strict("ord", 1, (a) => {
    if (!(a instanceof Char)) throw new ArithmeticError(`ord expects a character, got ${kindOf(a)}`);
    return a.code;
  }),
  strict("chr", 1, (a) => enumLike(Char.of(0), a)),
  strict("fromEnum", 1, enumIndex),
  // `fromEnum` without a class: a nullary constructor's position (for instances written by hand).
  strict("primFromEnum", 1, enumIndex),
  strict("primEnumLike", 2, enumLike),
  strict("primEnumLimit", 3, (from, to, step) => {
    const start = enumIndex(from), end = enumIndex(to), stride = requireNumber(step);
    const whole = numbers.isInteger(start) && numbers.isInteger(end) && numbers.isInteger(stride);
    return whole ? end : numbers.add(end, numbers.divide(stride, 2));
  }),
  strict("primEnumLast", 1, (a) => {
    if (a instanceof Char) return Char.of(0x10ffff);
    if (a instanceof Data && a.con.arity === 0) return enumLike(a, a.con.siblings.length - 1);
    throw new ArithmeticError(`${kindOf(a)} has no last value`);
  }),
  strict("succ", 1, (a) => enumLike(a, numbers.add(enumIndex(a), 1))),
  strict("pred", 1, (a) => enumLike(a, numbers.subtract(enumIndex(a), 1))),
  structural("==", (order) => bool(order === 0)),
  structural("/=", (order) => bool(order !== 0)),
  structural("<", (order) => bool(order < 0)),
  structural("<=", (order) => bool(order <= 0)),
  structural(">", (order) => bool(order > 0)),
  structural(">=", (order) => bool(order >= 0)),
  structural("compare", (order) => nullary(order < 0 ? LT : order > 0 ? GT : EQ)),
  structural("min", (order, left, right) => (order <= 0 ? left : right)),
  structural("max", (order, left, right) => (order >= 0 ? left : right)),
  // A song's note and where it was written (see origins.ts): `primLocated place value`, inserted by
  // the desugarer with the place as a literal; `primSameOrigin from to` hands the place on.
  strict("primLocated", 2, (span, value) => locate(span as Origin, value)),
  strict("primSameOrigin", 2, sameOrigin),
  { name: "seq", arity: 2, mode: "seq" },
  { name: "$!", arity: 2, mode: "applyStrict" },
  { name: "error", arity: 1, mode: "error" },
  { name: "errorWithoutStackTrace", arity: 1, mode: "error" },
  { name: "show", arity: 1, mode: "show" },
  // `show` without a class: prints any value structurally (the Show instances of the built-in types use it).
  { name: "primShow", arity: 1, mode: "show" },
];

/** Definitions of `Refrain.Primitive` written in the language itself, on top of the operations above:
 * the standard classes and their instances for the built-in types, the primitives' signatures,
 * and the functions built from the primitives. */
export const primitiveDefinitions = `module Refrain.Primitive where

infixr 0 $!, \`seq\`
infixr 8 ^, ^^, **
infixl 7 *, /, %, \`div\`, \`mod\`, \`quot\`, \`rem\`
infixl 6 +, -
infix 4 ==, /=, <, <=, >, >=

type Rational = Ratio Integer

-- The standard classes (Haskell 2010, chapter 6.3). Methods implemented by a primitive are that
-- primitive for the built-in types; the defaults serve the other instances.
class Eq a where
  (==), (/=) :: a -> a -> Bool
  x /= y = if x == y then False else True
  x == y = if x /= y then False else True

class Eq a => Ord a where
  compare :: a -> a -> Ordering
  (<), (<=), (>), (>=) :: a -> a -> Bool
  max, min :: a -> a -> a
  compare x y = if x == y then EQ else if x <= y then LT else GT
  x < y = case compare x y of { LT -> True; _ -> False }
  x <= y = case compare x y of { GT -> False; _ -> True }
  x > y = case compare x y of { GT -> True; _ -> False }
  x >= y = case compare x y of { LT -> False; _ -> True }
  max x y = if x <= y then y else x
  min x y = if x <= y then x else y

class Show a where
  showsPrec :: Int -> a -> [Char] -> [Char]
  show :: a -> [Char]
  showList :: [a] -> [Char] -> [Char]
  showsPrec _ x s = primAppend (show x) s
  show x = showsPrec 0 x ""
  showList xs s = primShowList (showsPrec 0) xs s

class Bounded a where
  minBound, maxBound :: a

class Enum a where
  succ, pred :: a -> a
  toEnum :: Int -> a
  fromEnum :: a -> Int
  enumFrom :: a -> [a]
  enumFromThen :: a -> a -> [a]
  enumFromTo :: a -> a -> [a]
  enumFromThenTo :: a -> a -> a -> [a]
  enumFrom x = if primIsNumber x then primEnumFromStep x 1 (fromEnum x) else enumFromTo x (primEnumLast x)
  enumFromThen x y = primEnumFromStep x (fromEnum y - fromEnum x) (fromEnum x)
  enumFromTo x y = primEnumUpTo x 1 (fromEnum x) (primEnumLimit x y 1)
  enumFromThenTo x y z = primEnumUpTo x (fromEnum y - fromEnum x) (fromEnum x) (primEnumLimit y z (fromEnum y - fromEnum x))

class Num a where
  (+), (-), (*) :: a -> a -> a
  negate, abs, signum :: a -> a
  fromInteger :: Integer -> a

class (Num a, Ord a) => Real a where
  toRational :: a -> Rational

class (Real a, Enum a) => Integral a where
  quot, rem, div, mod :: a -> a -> a
  toInteger :: a -> Integer

class Num a => Fractional a where
  (/) :: a -> a -> a
  fromRational :: Rational -> a

class Fractional a => Floating a where
  pi :: a
  exp, log, sqrt, sin, cos, tan, atan :: a -> a
  (**) :: a -> a -> a
  pi = realToFrac (toDouble 3.141592653589793)

class (Real a, Fractional a) => RealFrac a where
  properFraction :: Integral b => a -> (b, a)
  truncate, round, ceiling, floor :: Integral b => a -> b
  properFraction x = let n = truncate x in (n, x - fromIntegral n)

class (RealFrac a, Floating a) => RealFloat a where
  atan2 :: a -> a -> a

-- The standard instances of the built-in types (Haskell 2010, chapter 9 and Data.Ratio).
instance Eq Int
instance Ord Int
instance Show Int where
  showsPrec = primShowsNumber
instance Enum Int where
  toEnum n = n
instance Bounded Int where
  minBound = negate 9223372036854775808
  maxBound = 9223372036854775807
instance Num Int
instance Real Int
instance Integral Int

instance Eq Integer
instance Ord Integer
instance Show Integer where
  showsPrec = primShowsNumber
instance Enum Integer where
  toEnum n = toInteger n
instance Num Integer
instance Real Integer
instance Integral Integer

instance Eq Double
instance Ord Double
instance Show Double where
  showsPrec = primShowsNumber
instance Enum Double where
  toEnum n = fromIntegral n
instance Num Double where
  fromInteger = toDouble
instance Real Double
instance Fractional Double where
  fromRational = toDouble
instance Floating Double
instance RealFrac Double
instance RealFloat Double

instance Eq Float
instance Ord Float
instance Show Float where
  showsPrec = primShowsNumber
instance Enum Float where
  toEnum n = fromIntegral n
instance Num Float where
  fromInteger = primToFloat
instance Real Float
instance Fractional Float where
  fromRational = primToFloat
instance Floating Float
instance RealFrac Float
instance RealFloat Float

instance Integral a => Eq (Ratio a)
instance Integral a => Ord (Ratio a)
instance (Integral a, Show a) => Show (Ratio a) where
  showsPrec d r s = if d > 7 then '(' : ratio (')' : s) else ratio s
    where ratio t = showsPrec 8 (numerator r) (' ' : '%' : ' ' : showsPrec 8 (denominator r) t)
instance Integral a => Enum (Ratio a) where
  toEnum n = fromIntegral n
instance Integral a => Num (Ratio a)
instance Integral a => Real (Ratio a)
instance Integral a => Fractional (Ratio a)
instance Integral a => RealFrac (Ratio a)

instance Eq Char
instance Ord Char
instance Show Char where
  showList cs s = case cs of
    [] -> '"' : '"' : s
    _ -> primAppend (primShow cs) s
instance Enum Char where
  toEnum = chr
instance Bounded Char where
  minBound = '\\0'
  maxBound = '\\1114111'

instance Eq Bool
instance Ord Bool
instance Show Bool
instance Enum Bool where
  toEnum = primEnumFromPosition False
instance Bounded Bool where
  minBound = False
  maxBound = True

instance Eq Ordering
instance Ord Ordering
instance Show Ordering
instance Enum Ordering where
  toEnum = primEnumFromPosition LT
instance Bounded Ordering where
  minBound = LT
  maxBound = GT

instance Eq ()
instance Ord ()
instance Show ()
instance Enum () where
  toEnum = primEnumFromPosition ()
instance Bounded () where
  minBound = ()
  maxBound = ()

instance Eq a => Eq [a] where
  [] == [] = True
  (x : xs) == (y : ys) = if x == y then xs == ys else False
  _ == _ = False
instance Ord a => Ord [a] where
  compare [] [] = EQ
  compare [] _ = LT
  compare _ [] = GT
  compare (x : xs) (y : ys) = case compare x y of
    EQ -> compare xs ys
    other -> other
instance Show a => Show [a] where
  showsPrec _ = showList

${tupleInstances(7)}

-- Signatures of the primitives that are not class methods.
(^) :: (Num a, Integral b) => a -> b -> a
gcd :: Integral a => a -> a -> a
(%) :: Integral a => a -> a -> Ratio a
numerator :: Integral a => Ratio a -> a
denominator :: Integral a => Ratio a -> a
toDouble :: Real a => a -> Double
primToFloat :: Real a => a -> Float
ord :: Char -> Int
chr :: Int -> Char
seq :: a -> b -> b
($!) :: (a -> b) -> a -> b
error :: [Char] -> a
errorWithoutStackTrace :: [Char] -> a
primIsNumber :: a -> Bool
primIsInteger :: a -> Bool
primEnumLike :: a -> Int -> a
primEnumLimit :: a -> a -> Int -> Int
primEnumLast :: a -> a
primShow :: a -> [Char]
primFromEnum :: a -> Int
primShowNumber :: Int -> a -> [Char]
primControl :: Num a => Int -> [Char] -> a -> a -> a -> a

-- Functions built from the primitives.
fromIntegral :: (Integral a, Num b) => a -> b
fromIntegral x = fromInteger (toInteger x)

realToFrac :: (Real a, Fractional b) => a -> b
realToFrac x = fromRational (toRational x)

undefined :: a
undefined = error "Prelude.undefined"

primForceList :: [a] -> ()
primForceList [] = ()
primForceList (x : xs) = x \`seq\` primForceList xs

lcm :: Integral a => a -> a -> a
lcm a b = if a == 0 then 0 else if b == 0 then 0 else abs ((a \`quot\` gcd a b) * b)

(^^) :: (Fractional a, Integral b) => a -> b -> a
x ^^ n = if n >= 0 then x ^ n else 1 / (x ^ negate n)

primLocated :: p -> a -> a
primSameOrigin :: a -> b -> b

-- A call of Euterpea.Music given fewer arguments than it takes, located once it has them all.
primLocated1 :: p -> (a -> b) -> a -> b
primLocated1 place f x = primLocated place (f x)

primLocated2 :: p -> (a -> b -> c) -> a -> b -> c
primLocated2 place f x y = primLocated place (f x y)

primConcatMap :: (a -> [b]) -> [a] -> [b]
primConcatMap f [] = []
primConcatMap f (x : xs) = primAppend (f x) (primConcatMap f xs)

primAppend :: [a] -> [a] -> [a]
primAppend [] ys = ys
primAppend (x : xs) ys = x : primAppend xs ys

-- Show's helpers: a number (negative ones in parentheses inside an application), a list, and the
-- three forms of a derived instance's constructor (Haskell 2010, section 11.4).
primShowsNumber :: Int -> a -> [Char] -> [Char]
primShowsNumber d n s = primAppend (primShowNumber d n) s

primShowList :: (a -> [Char] -> [Char]) -> [a] -> [Char] -> [Char]
primShowList _ [] s = '[' : ']' : s
primShowList shows (x : xs) s = '[' : shows x (rest xs)
  where
    rest [] = ']' : s
    rest (y : ys) = ',' : shows y (rest ys)

primShowsPrefix :: Int -> [Char] -> [[Char] -> [Char]] -> [Char] -> [Char]
primShowsPrefix _ name [] s = primAppend name s
primShowsPrefix d name fields s = if d >= 11 then '(' : body (')' : s) else body s
  where body t = primAppend name (primShowsFields fields t)

primShowsFields :: [[Char] -> [Char]] -> [Char] -> [Char]
primShowsFields [] s = s
primShowsFields (field : rest) s = ' ' : field (primShowsFields rest s)

primShowsRecord :: Int -> [Char] -> [[Char]] -> [[Char] -> [Char]] -> [Char] -> [Char]
primShowsRecord d name names fields s = if d >= 11 then '(' : body (')' : s) else body s
  where
    body t = primAppend name (' ' : '{' : entries names fields ('}' : t))
    entries (n : ns) (f : fs) t = primAppend n (' ' : '=' : ' ' : f (more ns fs t))
    entries _ _ t = t
    more [] _ t = t
    more ns fs t = ',' : ' ' : entries ns fs t

primShowsInfix :: Int -> Int -> [Char] -> ([Char] -> [Char]) -> ([Char] -> [Char]) -> [Char] -> [Char]
primShowsInfix d precedence operator left right s = if d > precedence then '(' : body (')' : s) else body s
  where body t = left (primAppend operator (right t))

primEnumFromPosition :: a -> Int -> a
primEnumFromPosition sample n = primEnumLike sample n

-- Enumerations by position (see enumIndex and enumLike above): the values of the kind of
-- sample at positions i, i + step, ... (up to limit).
primEnumFromStep :: a -> Int -> Int -> [a]
primEnumFromStep sample step i = primEnumLike sample i : primEnumFromStep sample step (i + step)

primEnumUpTo :: a -> Int -> Int -> Int -> [a]
primEnumUpTo sample step i limit =
  if (if step >= 0 then i > limit else i < limit) then []
  else primEnumLike sample i : primEnumUpTo sample step (i + step) limit
`;

/** The standard instances (Eq, Ord, Show, Bounded) of the tuples of 2 to `largest` components. */
function tupleInstances(largest: number): string {
  const lines: string[] = [];
  for (let size = 2; size <= largest; size++) {
    const indices = Array.from({ length: size }, (_, index) => index);
    const types = indices.map((index) => String.fromCharCode(97 + index));
    const tuple = (prefix: string) => `(${indices.map((index) => `${prefix}${index}`).join(", ")})`;
    const head = (name: string) => `instance (${types.map((v) => `${name} ${v}`).join(", ")}) => ${name} (${types.join(", ")}) where`;
    const equal = indices.reduceRight((rest, index) => `if x${index} == y${index} then ${rest} else False`, "True");
    const compare = indices.reduceRight((rest, index) => `case compare x${index} y${index} of { EQ -> ${rest}; other -> other }`, "EQ");
    const shows = indices.reduceRight((rest, index) => `showsPrec 0 x${index} (${index === size - 1 ? "')'" : "','"} : ${rest})`, "s");
    lines.push(head("Eq"), `  ${tuple("x")} == ${tuple("y")} = ${equal}`);
    lines.push(head("Ord"), `  compare ${tuple("x")} ${tuple("y")} = ${compare}`);
    lines.push(head("Show"), `  showsPrec _ ${tuple("x")} s = '(' : ${shows}`);
    lines.push(head("Bounded"), `  minBound = (${indices.map(() => "minBound").join(", ")})`, `  maxBound = (${indices.map(() => "maxBound").join(", ")})`);
  }
  return lines.join("\n");
}
