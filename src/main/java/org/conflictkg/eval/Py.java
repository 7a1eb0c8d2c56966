package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What the reference scorer (score.py) does with a JSON value, in Java: Python's truth value,
 * {@code str()}, {@code repr()}, {@code ==}, iteration of {@code x or []}, float formatting. The
 * scorer is written against these so that odd input (a number where a name was expected, a string
 * where a list was expected) is scored the way score.py scores it.
 */
final class Py {
    private Py() {
    }

    /** Orders strings by code point, as Python compares {@code str}. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    /** {@code obj.get(key)}: a missing key and a JSON null are both {@code None}, here {@code null}. */
    static JsonNode get(JsonNode obj, String key) {
        JsonNode v = obj == null ? null : obj.get(key);
        return v == null || v.isNull() || v.isMissingNode() ? null : v;
    }

    /** Python's {@code bool(value)}. */
    static boolean truthy(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return false;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isTextual()) {
            return !v.textValue().isEmpty();
        }
        if (v.isContainerNode()) {
            return v.size() > 0;
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().signum() != 0;
        }
        if (v.isNumber()) {
            return v.doubleValue() != 0.0; // NaN is true in Python too
        }
        return true;
    }

    /**
     * Python's iteration of {@code value or []}: nothing for a false value, the items of a list,
     * the characters of a string, the keys of an object. Anything else cannot be iterated: Python
     * stops with a TypeError there, this throws an {@link EvalInputException} naming {@code what}.
     */
    static List<JsonNode> iterate(JsonNode v, String what) {
        List<JsonNode> out = new ArrayList<>();
        if (!truthy(v)) {
            return out;
        }
        if (v.isArray()) {
            v.forEach(out::add);
        } else if (v.isTextual()) {
            v.textValue().codePoints().forEach(c -> out.add(TextNode.valueOf(Character.toString(c))));
        } else if (v.isObject()) {
            v.fieldNames().forEachRemaining(k -> out.add(TextNode.valueOf(k)));
        } else {
            throw new EvalInputException(what + " is " + repr(v) + ", not a list");
        }
        return out;
    }

    /** Python's {@code str(value)} for a JSON value ({@code None} for null). */
    static String str(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isTextual()) {
            return v.textValue();
        }
        return repr(v);
    }

    /** Python's {@code repr(value)} for a JSON value as Python's json module reads it. */
    static String repr(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return "None";
        }
        if (v.isBoolean()) {
            return v.booleanValue() ? "True" : "False";
        }
        if (v.isTextual()) {
            return repr(v.textValue());
        }
        if (v.isIntegralNumber()) {
            return v.bigIntegerValue().toString();
        }
        if (v.isNumber()) {
            return floatRepr(v.doubleValue());
        }
        StringBuilder sb = new StringBuilder();
        if (v.isArray()) {
            sb.append('[');
            for (int i = 0; i < v.size(); i++) {
                sb.append(i > 0 ? ", " : "").append(repr(v.get(i)));
            }
            return sb.append(']').toString();
        }
        sb.append('{');
        boolean first = true;
        for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            sb.append(first ? "" : ", ").append(repr(e.getKey())).append(": ").append(repr(e.getValue()));
            first = false;
        }
        return sb.append('}').toString();
    }

    /** Python's {@code repr(str)}: quotes, escapes and the non-printable characters. */
    static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder sb = new StringBuilder().append(quote);
        s.codePoints().forEach(c -> {
            if (c == quote || c == '\\') {
                sb.append('\\').appendCodePoint(c);
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c < ' ' || c == 0x7f) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x7f || printable(c)) {
                sb.appendCodePoint(c);
            } else if (c <= 0xff) {
                sb.append(String.format("\\x%02x", c));
            } else if (c <= 0xffff) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.append(quote).toString();
    }

    /** Python's {@code str.isprintable()} for one character. */
    private static boolean printable(int c) {
        if (c == ' ') {
            return true;
        }
        switch (Character.getType(c)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                    Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SPACE_SEPARATOR:
                return false;
            default:
                return true;
        }
    }

    /** Python's {@code repr(float)}: the shortest decimal that reads back as the same double. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        String sign = (d < 0 || (d == 0 && 1 / d < 0)) ? "-" : "";
        if (d == 0) {
            return sign + "0.0";
        }
        BigDecimal exact = new BigDecimal(Math.abs(d));
        BigDecimal shortest = exact;
        for (int p = 1; p <= 17; p++) {
            BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (r.doubleValue() == Math.abs(d)) {
                shortest = r;
                break;
            }
        }
        shortest = shortest.stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int exp = digits.length() - 1 - shortest.scale(); // d = digits[0].digits[1:] x 10^exp
        if (exp < -4 || exp >= 16) {
            String mant = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
            return sign + mant + "e" + (exp < 0 ? "-" : "+") + String.format("%02d", Math.abs(exp));
        }
        String plain = shortest.toPlainString();
        return sign + (plain.indexOf('.') < 0 ? plain + ".0" : plain);
    }

    /** Python's {@code f"{x:.3f}"}: the exact binary value rounded half-even. */
    static String fixed3(double x) {
        if (Double.isNaN(x)) {
            return "nan";
        }
        if (Double.isInfinite(x)) {
            return x > 0 ? "inf" : "-inf";
        }
        String s = new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
        boolean negative = x < 0 || (x == 0 && 1 / x < 0);
        return negative && !s.startsWith("-") ? "-" + s : s;
    }

    /** Python's {@code a == b} for two JSON values ({@code null} is None). */
    static boolean equal(JsonNode a, JsonNode b) {
        return equal(a, b, false);
    }

    private static boolean equal(JsonNode a, JsonNode b, boolean inContainer) {
        boolean noneA = a == null || a.isNull() || a.isMissingNode();
        boolean noneB = b == null || b.isNull() || b.isMissingNode();
        if (noneA || noneB) {
            return noneA && noneB;
        }
        if (isNumeric(a) && isNumeric(b)) {
            if (isNaN(a) || isNaN(b)) {
                // json reads every NaN as one shared object; containers compare items by identity first
                return inContainer && isNaN(a) && isNaN(b);
            }
            if (isInfinite(a) || isInfinite(b)) {
                return a.isFloatingPointNumber() && b.isFloatingPointNumber() && a.doubleValue() == b.doubleValue();
            }
            return decimal(a).compareTo(decimal(b)) == 0;
        }
        if (a.isTextual() && b.isTextual()) {
            return a.textValue().equals(b.textValue());
        }
        if (a.isArray() && b.isArray()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (int i = 0; i < a.size(); i++) {
                if (!equal(a.get(i), b.get(i), true)) {
                    return false;
                }
            }
            return true;
        }
        if (a.isObject() && b.isObject()) {
            if (a.size() != b.size()) {
                return false;
            }
            for (Iterator<String> it = a.fieldNames(); it.hasNext(); ) {
                String k = it.next();
                if (!b.has(k) || !equal(a.get(k), b.get(k), true)) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    private static boolean isNumeric(JsonNode v) {
        return v.isNumber() || v.isBoolean();
    }

    private static boolean isNaN(JsonNode v) {
        return v.isFloatingPointNumber() && Double.isNaN(v.doubleValue());
    }

    private static boolean isInfinite(JsonNode v) {
        return v.isFloatingPointNumber() && Double.isInfinite(v.doubleValue());
    }

    private static BigDecimal decimal(JsonNode v) {
        if (v.isBoolean()) {
            return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (v.isIntegralNumber()) {
            return new BigDecimal(v.bigIntegerValue());
        }
        return new BigDecimal(v.doubleValue());
    }

    /**
     * Python's {@code float(text)} for the usual spellings: optional sign and surrounding spaces,
     * digits with underscores between them, a fraction, an exponent, {@code inf}, {@code infinity},
     * {@code nan}. Returns null when Python would refuse it.
     */
    static Double parseFloat(String text) {
        String t = text.strip();
        String body = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        double sign = t.startsWith("-") ? -1.0 : 1.0;
        String lower = body.toLowerCase(java.util.Locale.ROOT);
        if (lower.equals("inf") || lower.equals("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        if (lower.equals("nan")) {
            return Double.NaN;
        }
        String digits = "[0-9](?:_?[0-9])*";
        if (!body.matches("(?:" + digits + "(?:\\.(?:" + digits + ")?)?|\\." + digits + ")(?:[eE][+-]?" + digits + ")?")) {
            return null;
        }
        return sign * Double.parseDouble(body.replace("_", ""));
    }
}
