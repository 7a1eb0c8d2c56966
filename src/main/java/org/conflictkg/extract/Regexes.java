package org.conflictkg.extract;

import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * {@link String#matches}, {@link String#replaceAll} and {@link String#split} with each regular
 * expression compiled once per process instead of at every call: the same answers, without
 * compiling a pattern per token in the rules' loops.
 */
public final class Regexes {
    private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private Regexes() {
    }

    public static Pattern of(String regex) {
        Pattern p = PATTERNS.get(regex);
        return p != null ? p : PATTERNS.computeIfAbsent(regex, Pattern::compile);
    }

    /** {@code s.matches(regex)}. */
    public static boolean matches(String s, String regex) {
        return of(regex).matcher(s).matches();
    }

    /** {@code s.replaceAll(regex, replacement)}. */
    public static String replaceAll(String s, String regex, String replacement) {
        return of(regex).matcher(s).replaceAll(replacement);
    }

    /** {@code s.split(regex)}. */
    public static String[] split(String s, String regex) {
        return of(regex).split(s);
    }
}
