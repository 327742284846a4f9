package io.github.camelseedance;

/** Which tasks a {@code seedance:tasks} consumer watches. */
public enum TaskScope {
    /**
     * Tasks created by {@code seedance:} producers of the same CamelContext, and ids registered with the
     * {@code watch} operation or the {@code taskIds} option.
     */
    context,
    /** Only the ids of the {@code taskIds} option and those registered with the {@code watch} operation. */
    ids,
    /** Every task of the account within the filters, created within {@code createdWithin}: for dashboards. */
    account
}
