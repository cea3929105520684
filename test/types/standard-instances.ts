// Test support: the standard instances (and signatures of a few primitives) the checker's tests
// rely on, appended to `Refrain.Primitive` as long as the library does not declare them itself.

const numbers = ["Integer", "Int"];
const fractional = ["Double", "Float"];

function instances(classes: readonly string[], types: readonly string[]): string[] {
  return types.flatMap((type) => classes.map((name) => `instance ${name} ${type}`));
}

export const standardInstances = [
  ...instances(["Eq", "Ord", "Show", "Num", "Real", "Enum", "Integral", "Bounded"], numbers),
  ...instances(["Eq", "Ord", "Show", "Num", "Real", "Enum", "Fractional", "Floating", "RealFrac"], fractional),
  ...instances(["Eq", "Ord", "Show", "Enum", "Bounded"], ["Char", "Bool", "Ordering", "()"]),
  ...["Eq", "Ord", "Show"].flatMap((name) => [
    `instance ${name} a => ${name} [a]`,
    `instance (${name} a, ${name} b) => ${name} (a, b)`,
    `instance (${name} a, ${name} b, ${name} c) => ${name} (a, b, c)`,
    `instance (${name} a, ${name} b, ${name} c, ${name} d) => ${name} (a, b, c, d)`,
  ]),
  ...["Eq", "Ord", "Show", "Num", "Real", "Enum", "Fractional", "RealFrac"].map((name) => `instance Integral a => ${name} (Ratio a)`),
  "error :: [Char] -> a",
  "seq :: a -> b -> b",
  "($!) :: (a -> b) -> a -> b",
  "errorWithoutStackTrace :: [Char] -> a",
  "(^) :: (Num a, Integral b) => a -> b -> a",
  "gcd :: Integral a => a -> a -> a",
  "toDouble :: Real a => a -> Double",
].join("\n");
