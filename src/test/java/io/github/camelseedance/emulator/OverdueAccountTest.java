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
package io.github.camelseedance.emulator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An overdue account: 403 AccountOverdueError on every authenticated request until it pays; other keys unaffected. */
class OverdueAccountTest {

    @RegisterExtension
    static SeedanceEmulatorExtension ext = new SeedanceEmulatorExtension(b -> b.apiKeys("sk-paying", "sk-overdue"));

    @Test
    void anOverdueAccountIsRefusedUntilItPays() {
        SeedanceEmulator emu = ext.emulator();
        emu.markOverdue("sk-overdue");
        EmuClient overdue = new EmuClient(emu);
        overdue.key = "sk-overdue";
        for (EmuClient.Res refused : new EmuClient.Res[] {
                overdue.get(Routes.TASKS + "/cgt-19700101000000-none"), overdue.get(Routes.TASKS),
                overdue.post(Routes.TASKS, EmuClient.textBody("overdue")), overdue.get(Routes.VIDEOS + "/x") }) {
            assertEquals(403, refused.status(), refused.body());
            assertEquals("AccountOverdueError", refused.errorCode());
            assertEquals("Forbidden", refused.json().at("/error/type").asText());
        }
        assertEquals(0, emu.taskCount(), "an overdue account creates nothing");
        EmuClient paying = new EmuClient(emu);
        assertEquals(200, paying.get(Routes.TASKS).status(), "another account is served");
        overdue.key = "sk-not-known";
        assertEquals("AuthenticationError", overdue.get(Routes.TASKS).errorCode(), "an unknown key is still a 401");

        emu.settleAccount("sk-overdue");
        overdue.key = "sk-overdue";
        assertEquals(404, overdue.get(Routes.TASKS + "/cgt-19700101000000-none").status(), "served again once paid");
        emu.markOverdue("sk-overdue").reset();
        assertEquals(200, overdue.get(Routes.TASKS).status(), "reset forgets overdue accounts");
    }
}
