/*
 * Copyright 2026 the camel-seedance authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.camelseedance.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;

/**
 * The one place where option, header and body values become typed values. A value is accepted only when it is exactly
 * representable in the target type: integers in range and without a fraction, never NaN or an infinity; booleans only
 * as booleans or the strings {@code true}/{@code false}; strings only from text (or a character or an enum constant),
 * never from a number, a list or another object. Anything else is refused
 * naming the field, where a general type converter would narrow silently (a long duration wrapping around, 5.5 becoming
 * 5, a list becoming {@code "[a, b]"}) and a user would pay for a video other than the one asked for.
 */
public final class ExactValues {

    private ExactValues() {
    }

    /**
     * Converts {@code value} to {@code type}; null is absent (null), and so is a blank string for any type but String.
     * Supported types: String, Integer/int, Long/long, Boolean/boolean, Duration, and enums (by name, ignoring case
     * and dashes).
     */
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public static <T> T convert(String field, Object value, Class<T> type) {
        if (value == null || type != String.class && value instanceof CharSequence s && s.toString().isBlank()) {
            return null;
        }
        Object converted;
        if (type == String.class) {
            converted = string(field, value);
        } else if (type == Integer.class || type == int.class) {
            converted = (int) integral(field, value, Integer.MIN_VALUE, Integer.MAX_VALUE, "a 32-bit integer");
        } else if (type == Long.class || type == long.class) {
            converted = integral(field, value, Long.MIN_VALUE, Long.MAX_VALUE, "a 64-bit integer");
        } else if (type == Boolean.class || type == boolean.class) {
            converted = bool(field, value);
        } else if (type == Duration.class) {
            converted = duration(field, value);
        } else if (type.isEnum()) {
            converted = enumValue(field, value, (Class<Enum>) type);
        } else if (type.isInstance(value)) {
            converted = value;
        } else {
            throw new SeedanceValidationException(field, describe(value), "a value of type " + type.getSimpleName());
        }
        return (T) converted;
    }

    /** Whether {@link #convert} judges values of this type (other types are beans, passed through as they are). */
    public static boolean handles(Class<?> type) {
        return type == String.class || type == Integer.class || type == int.class || type == Long.class
                || type == long.class || type == Boolean.class || type == boolean.class || type == Duration.class
                || type.isEnum();
    }

    private static String string(String field, Object value) {
        if (value instanceof CharSequence || value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        throw new SeedanceValidationException(field, describe(value), "a string (not a " + kind(value) + ")");
    }

    private static long integral(String field, Object value, long min, long max, String what) {
        BigInteger exact;
        if (value instanceof Number n) {
            exact = integralOrRefuse(field, n, what);
        } else if (value instanceof CharSequence s) {
            try {
                exact = new BigDecimal(s.toString().trim()).toBigIntegerExact();
            } catch (NumberFormatException | ArithmeticException e) {
                throw new SeedanceValidationException(field, s, what + " without a fraction");
            }
        } else {
            throw new SeedanceValidationException(field, describe(value), what + " (not a " + kind(value) + ")");
        }
        if (exact.compareTo(BigInteger.valueOf(min)) < 0 || exact.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new SeedanceValidationException(field, exact, what + " (" + min + ".." + max + ")");
        }
        return exact.longValue();
    }

    private static BigInteger integralOrRefuse(String field, Number n, String what) {
        if (n instanceof Integer || n instanceof Long || n instanceof Short || n instanceof Byte) {
            return BigInteger.valueOf(n.longValue());
        }
        if (n instanceof BigInteger big) {
            return big;
        }
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw new SeedanceValidationException(field, n, what + " (not NaN or infinite)");
            }
        }
        try {
            return new BigDecimal(n.toString()).toBigIntegerExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new SeedanceValidationException(field, n, what + " without a fraction");
        }
    }

    private static boolean bool(String field, Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof CharSequence s) {
            String text = s.toString().trim();
            if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
                return Boolean.parseBoolean(text);
            }
        }
        throw new SeedanceValidationException(field, describe(value), "true or false");
    }

    private static Duration duration(String field, Object value) {
        if (value instanceof Duration d) {
            return requireNotNegative(field, d);
        }
        if (value instanceof Number n) {
            return Duration.ofMillis(integral(field, n, 0, Long.MAX_VALUE, "milliseconds"));
        }
        if (value instanceof CharSequence s) {
            String text = s.toString().trim();
            if (text.matches("\\d+")) {
                return Duration.ofMillis(integral(field, text, 0, Long.MAX_VALUE, "milliseconds"));
            }
            try {
                return requireNotNegative(field, Duration.parse(text.startsWith("P") || text.startsWith("p")
                        ? text : "PT" + text.replace(" ", "").toUpperCase(Locale.ROOT)));
            } catch (RuntimeException e) {
                throw new SeedanceValidationException(field, text, "a duration such as 500, 30s, 5m or PT1H");
            }
        }
        throw new SeedanceValidationException(field, describe(value), "a duration such as 500, 30s, 5m or PT1H");
    }

    private static Duration requireNotNegative(String field, Duration d) {
        if (d.isNegative()) {
            throw new SeedanceValidationException(field, d, "a duration of 0 or more");
        }
        return d;
    }

    @SuppressWarnings({ "unchecked", "rawtypes" })
    private static Enum<?> enumValue(String field, Object value, Class<Enum> type) {
        if (type.isInstance(value)) {
            return (Enum<?>) value;
        }
        if (value instanceof CharSequence s) {
            String text = s.toString().trim().replace('-', '_');
            for (Enum<?> constant : type.getEnumConstants()) {
                if (constant.name().equalsIgnoreCase(text)) {
                    return constant;
                }
            }
        }
        StringBuilder allowed = new StringBuilder();
        for (Enum<?> constant : type.getEnumConstants()) {
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase(Locale.ROOT));
        }
        throw new SeedanceValidationException(field, describe(value), allowed.toString());
    }

    private static Object describe(Object value) {
        return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
                ? value : kind(value) + " " + value;
    }

    private static String kind(Object value) {
        return value.getClass().getSimpleName();
    }
}
