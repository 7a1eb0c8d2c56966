package org.conflictkg.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Python's view of JSON values, as score.py sees them (expected values from Python 3). */
class PyTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode j(String json) throws Exception {
        return JSON.readTree(json);
    }

    @Test
    void floatsPrintAsPythonPrintsThem() {
        assertEquals("0.6666666666666666", Py.floatRepr(2.0 / 3));
        assertEquals("1.0", Py.floatRepr(1.0));
        assertEquals("0.1", Py.floatRepr(0.1));
        assertEquals("1e+16", Py.floatRepr(1e16));
        assertEquals("1000000000000000.0", Py.floatRepr(1e15));
        assertEquals("0.0001", Py.floatRepr(1e-4));
        assertEquals("1e-05", Py.floatRepr(1e-5));
        assertEquals("1.2345678901234568e+17", Py.floatRepr(123456789012345678.0));
        assertEquals("1e+23", Py.floatRepr(1e23));
        assertEquals("-0.0", Py.floatRepr(-0.0));
        assertEquals("5e-324", Py.floatRepr(Double.MIN_VALUE));
    }

    @Test
    void threeDecimalsRoundTheExactValueHalfToEven() {
        assertEquals("0.062", Py.fixed3(0.0625));   // exactly a tie: to even (Java's %.3f says 0.063)
        assertEquals("0.188", Py.fixed3(0.1875));
        assertEquals("0.667", Py.fixed3(2.0 / 3));
        assertEquals("1.000", Py.fixed3(1.0));
        assertEquals("0.001", Py.fixed3(0.0005000000000000001));
        assertEquals("-0.000", Py.fixed3(-0.0001));
    }

    @Test
    void truthStrReprAndEquality() throws Exception {
        assertFalse(Py.truthy(j("0")));
        assertFalse(Py.truthy(j("\"\"")));
        assertFalse(Py.truthy(j("[]")));
        assertTrue(Py.truthy(j("0.5")));
        assertEquals("True", Py.str(j("true")));
        assertEquals("['a', \"it's\", 5, None, 1.5]", Py.str(j("[\"a\", \"it's\", 5, null, 1.5]")));
        assertEquals("{'k': [1]}", Py.str(j("{\"k\": [1]}")));
        assertEquals("'tab\\there\\x00\\u200b'", Py.repr("tab\there\u0000\u200b"));
        assertTrue(Py.equal(j("45"), j("45.0")));
        assertTrue(Py.equal(j("1"), j("true")));
        assertFalse(Py.equal(j("45"), j("\"45\"")));
        assertFalse(Py.equal(j("9007199254740993"), j("9007199254740992.0")));
        assertTrue(Py.equal(null, j("null")));
    }

    @Test
    void iterationOfValueOrEmptyList() throws Exception {
        assertEquals(List.of("a", "b"), Py.iterate(j("\"ab\""), "x").stream().map(JsonNode::asText).toList());
        assertEquals(List.of("k"), Py.iterate(j("{\"k\": 1}"), "x").stream().map(JsonNode::asText).toList());
        assertTrue(Py.iterate(j("0"), "x").isEmpty());
        assertThrows(EvalInputException.class, () -> Py.iterate(j("5"), "places"));
    }

    @Test
    void floatParsingAsPythonFloat() {
        assertEquals(0.8, Py.parseFloat(" 0.8 "));
        assertEquals(10.0, Py.parseFloat("1_0"));
        assertEquals(0.5, Py.parseFloat("+.5"));
        assertEquals(Double.POSITIVE_INFINITY, Py.parseFloat("inf"));
        assertTrue(Py.parseFloat("NaN").isNaN());
        assertNull(Py.parseFloat("0x10"));
        assertNull(Py.parseFloat("1__0"));
        assertNull(Py.parseFloat("0.8d"));
        assertNull(Py.parseFloat(""));
    }
}
