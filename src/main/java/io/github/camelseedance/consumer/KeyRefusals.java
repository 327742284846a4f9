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
package io.github.camelseedance.consumer;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import io.github.camelseedance.client.AuthenticationException;
import io.github.camelseedance.client.PermissionDeniedException;
import io.github.camelseedance.client.SeedanceException;
import org.apache.camel.Exchange;
import org.apache.camel.spi.ExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the provider refuses the consumer's key now, as its looks found, and the consumer's exception handler around
 * the one Camel gave it: a refused key (401, 403) is handed on once per change of state, when the provider starts
 * refusing it, and again only after a look was accepted in between; the polls that fail the same way meanwhile (and a
 * poll that throws a refusal a newer look has already overtaken) are logged at DEBUG. Everything else is handed on as
 * it comes.
 */
final class KeyRefusals implements ExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SeedanceConsumer.class);

    private final ExceptionHandler delegate;
    private final String endpointUri;
    /** The refusal the provider answers now, or null while it accepts the key (or has not been asked). */
    private final AtomicReference<SeedanceException> refusal = new AtomicReference<>();
    /** Counts the changes from accepted to refused; the handler hands on one refusal per change. */
    private final AtomicLong refusedSpells = new AtomicLong();
    private long reportedSpell;

    KeyRefusals(ExceptionHandler delegate, String endpointUri) {
        this.delegate = delegate;
        this.endpointUri = endpointUri;
    }

    /** The provider's refusal of the key, while it lasts. */
    SeedanceException refusal() {
        return refusal.get();
    }

    /** A look failed: when the provider refused the key, the key is refused from now on. */
    void lookFailed(Throwable failure) {
        SeedanceException refused = refusalIn(failure);
        if (refused != null && refusal.getAndSet(refused) == null) {
            refusedSpells.incrementAndGet();
        }
    }

    /** A look succeeded: the key works (again). */
    void accepted() {
        if (refusal.getAndSet(null) != null) {
            LOG.info("The provider accepts the API key of {} again", endpointUri);
        }
    }

    private synchronized boolean firstOfItsSpell() {
        long spell = refusedSpells.get();
        if (spell > reportedSpell) {
            reportedSpell = spell;
            return true;
        }
        return false;
    }

    /** The refusal a failure is, or carries; null for any other failure. */
    static SeedanceException refusalIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof AuthenticationException || t instanceof PermissionDeniedException) {
                return (SeedanceException) t;
            }
        }
        return null;
    }

    @Override
    public void handleException(Throwable exception) {
        handleException(null, null, exception);
    }

    @Override
    public void handleException(String message, Throwable exception) {
        handleException(message, null, exception);
    }

    @Override
    public void handleException(String message, Exchange exchange, Throwable exception) {
        SeedanceException refused = refusalIn(exception);
        if (refused != null && !firstOfItsSpell()) {
            LOG.debug("The provider still refuses the API key of {}: {}", endpointUri, refused.getMessage());
            return;
        }
        if (message == null && exchange == null) {
            delegate.handleException(exception);
        } else if (exchange == null) {
            delegate.handleException(message, exception);
        } else {
            delegate.handleException(message, exchange, exception);
        }
    }
}
