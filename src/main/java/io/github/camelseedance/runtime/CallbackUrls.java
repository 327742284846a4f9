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
package io.github.camelseedance.runtime;

import java.util.HashMap;
import java.util.Map;

import io.github.camelseedance.client.SeedanceClientConfig;

/**
 * The callback URL of each account, as a started {@code webhook:seedance:tasks} route published it: the
 * {@code callback_url} of the creates of this context for that account that set none themselves. Keyed by account,
 * because only the route holding the account's key can re-read (and so trust) what arrives there. One account has
 * one URL: a second route asking for another one is refused when it starts, naming both.
 */
public final class CallbackUrls {

    private record Registration(String url, Object owner) {
    }

    private final Map<String, Registration> byAccount = new HashMap<>();

    /** Publishes {@code url} for the account; refused when another owner published another URL for it. */
    public synchronized void register(SeedanceClientConfig account, String url, Object owner) {
        Registration current = byAccount.get(account.accountId());
        if (current != null && current.owner() != owner && !current.url().equals(url)) {
            throw new IllegalStateException("The callback URL " + url + " is refused: another webhook route of the same"
                                            + " Seedance account receives its callbacks at " + current.url()
                                            + "; one account has one callback URL");
        }
        byAccount.put(account.accountId(), new Registration(url, owner));
    }

    /** Withdraws what {@code owner} published for the account: creates from now on set no callback URL. */
    public synchronized void unregister(SeedanceClientConfig account, Object owner) {
        byAccount.computeIfPresent(account.accountId(), (id, current) -> current.owner() == owner ? null : current);
    }

    /** The URL the account's creates send their callbacks to, or null when no webhook route of it runs. */
    public synchronized String urlFor(SeedanceClientConfig account) {
        Registration current = byAccount.get(account.accountId());
        return current == null ? null : current.url();
    }

    synchronized void clear() {
        byAccount.clear();
    }
}
