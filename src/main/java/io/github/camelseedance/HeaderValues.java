package io.github.camelseedance;

import java.util.Collection;
import java.util.List;

import io.github.camelseedance.model.SeedanceValidationException;
import org.apache.camel.Message;
import org.apache.camel.NoTypeConversionAvailableException;
import org.apache.camel.TypeConversionException;

/** Typed reads of override headers; a value that cannot be converted is refused with the header named. */
final class HeaderValues {

    private HeaderValues() {
    }

    static <T> T get(Message message, String header, Class<T> type, T fallback) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        try {
            T converted = message.getExchange().getContext().getTypeConverter().mandatoryConvertTo(type, value);
            if (converted instanceof String s && s.isBlank()) {
                return fallback;
            }
            return converted;
        } catch (TypeConversionException | NoTypeConversionAvailableException | IllegalArgumentException e) {
            throw new SeedanceValidationException(header, value, "a value of type " + type.getSimpleName());
        }
    }

    /** A header that may hold one id, a comma-separated string of ids or a collection of ids. */
    static List<String> ids(Message message, String header, List<String> fallback) {
        Object value = message.getHeader(header);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Collection<?> items) {
            return items.stream().map(String::valueOf).map(String::trim).toList();
        }
        if (value instanceof String s) {
            return SeedanceConfiguration.splitIds(s);
        }
        throw new SeedanceValidationException(header, value, "a comma-separated string or a collection of task ids");
    }
}
