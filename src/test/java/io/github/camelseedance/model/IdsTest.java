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

import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IdsTest {

    /** The rule as the documentation states it, for comparison with the hand-written check. */
    private static final Pattern RULE = Pattern.compile("(?!\\.+$)[A-Za-z0-9._-]{1," + Ids.MAX_LENGTH + "}");

    @ParameterizedTest
    @ValueSource(strings = {"cgt-20261206035649-sb0yx2", "asset_1.png", "a", ".a", "..a", "a..", "A-Z_0.9"})
    void safeIdsPass(String id) {
        assertTrue(Ids.isValid(id), id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ".", "..", "...", "../etc", "a/b", "a b", "a%2F", "é", "a\u0000", "id?x=1", "a#b",
            "١٢٣", "ａ"})
    void unsafeIdsAreRefused(String id) {
        assertFalse(Ids.isValid(id), id);
    }

    @Test
    void lengthIsCappedAtOneHundredTwentyEight() {
        assertTrue(Ids.isValid("a".repeat(Ids.MAX_LENGTH)));
        assertFalse(Ids.isValid("a".repeat(Ids.MAX_LENGTH + 1)));
        assertFalse(Ids.isValid(null));
    }

    @Test
    void checkNamesTheFieldTheValueAndTheRule() {
        SeedanceValidationException refused = assertThrows(SeedanceValidationException.class,
                () -> Ids.check("CamelSeedanceTaskId", "../x"));
        assertTrue(refused.getMessage().contains("CamelSeedanceTaskId"), refused.getMessage());
        assertTrue(refused.getMessage().contains("../x"), refused.getMessage());
        assertTrue(refused.getMessage().contains(Ids.ALLOWED), refused.getMessage());
    }

    @Test
    void agreesWithTheDocumentedRuleOnRandomInputs() {
        Random random = new Random(18);
        String alphabet = "aZ09._-/ %é\u0000";
        for (int i = 0; i < 20_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(6);
            for (int c = 0; c < length; c++) {
                id.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertEquals(RULE.matcher(id).matches(), Ids.isValid(id.toString()), "'" + id + "'");
        }
    }
}
