package io.github.camelseedance.model;

/**
 * A request refused before anything was sent: it names the field, the value given and what is allowed.
 */
public class SeedanceValidationException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String value;
    private final String allowed;

    public SeedanceValidationException(String field, Object value, String allowed) {
        super("Invalid " + field + ": " + RedactedText.shorten(value) + " (allowed: " + allowed + ")");
        this.field = field;
        this.value = value == null ? null : RedactedText.shorten(value);
        this.allowed = allowed;
    }

    /** The name of the option, header or JSON field that was refused. */
    public String getField() {
        return field;
    }

    /** The value given, shortened when long. */
    public String getValue() {
        return value;
    }

    /** What would have been accepted. */
    public String getAllowed() {
        return allowed;
    }
}
