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
package io.github.camelseedance;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Map;

import io.github.camelseedance.client.ApiStyle;
import io.github.camelseedance.client.Provider;
import io.github.camelseedance.client.SeedanceClientConfig;
import io.github.camelseedance.consumer.TaskStatusFilter;
import io.github.camelseedance.model.SeedanceValidationException;
import io.github.camelseedance.runtime.ClientSettings;
import org.apache.camel.util.TimeUtils;

/**
 * Every check of the options: refuses what can never work, when the route starts rather than on the first (paid)
 * exchange, naming the option, its value and what is allowed. Values that headers may still supply (the model, the
 * prompt) are not required here; the generation parameters are checked by the endpoint against the parameter table.
 */
final class SeedanceConfigurationValidator {

    private SeedanceConfigurationValidator() {
    }

    static void validate(SeedanceConfiguration config) {
        validateConnection(config);
        if (config.getCorrelationRepository() != null && config.getTaskRepository() == null) {
            throw new SeedanceValidationException("correlationRepository",
                    config.getCorrelationRepository().getClass().getName(),
                    "set together with taskRepository: the claims guard the key's record in it");
        }
        requirePositive("assetPollInterval", config.getAssetPollInterval());
        requirePositive("assetTimeout", config.getAssetTimeout());
        ClientSettings.taskQuery(config).validate(); // every id of taskIds, and their count
        requirePositive("deadline", config.getDeadline());
        requirePositive("pollInterval", config.getPollInterval());
        requirePositive("maxPollInterval", config.getMaxPollInterval());
        if (config.getMaxPollInterval().compareTo(config.getPollInterval()) < 0) {
            throw new SeedanceValidationException("maxPollInterval", config.getMaxPollInterval().toMillis(),
                    "at least pollInterval (" + config.getPollInterval().toMillis() + " ms)");
        }
        double multiplier = config.getPollBackoffMultiplier();
        if (Double.isNaN(multiplier) || Double.isInfinite(multiplier) || multiplier < 1) {
            throw new SeedanceValidationException("pollBackoffMultiplier", multiplier, "a number of 1 or more");
        }
        if (config.getMaxQueuedCreates() < 0) {
            throw new SeedanceValidationException("maxQueuedCreates", config.getMaxQueuedCreates(), "0 (no cap) or more");
        }
        if (config.getFileName() == null || config.getFileName().isBlank()) {
            throw new SeedanceValidationException("fileName", config.getFileName(), "a file name or a Simple expression");
        }
        requirePositive("createdWithin", config.getCreatedWithin());
        if (config.getMaxMessagesPerPoll() < 0) {
            throw new SeedanceValidationException("maxMessagesPerPoll", config.getMaxMessagesPerPoll(),
                    "0 (no limit) or more");
        }
        TaskStatusFilter.parse(config.getEmit());
        if (config.getCallbackMaxBodySize() < 1024 || config.getCallbackMaxBodySize() > 16 * 1024 * 1024) {
            throw new SeedanceValidationException("callbackMaxBodySize", config.getCallbackMaxBodySize(),
                    "1024 to 16777216 bytes");
        }
    }

    private static void validateConnection(SeedanceConfiguration config) {
        String baseUrl = config.getBaseUrl();
        if (config.getProvider() == Provider.CUSTOM && (baseUrl == null || baseUrl.isBlank())) {
            throw new SeedanceValidationException("baseUrl", null, "an http(s) base URL when provider=custom");
        }
        if (baseUrl != null) {
            URI base = SeedanceClientConfig.checkBaseUrl(baseUrl);
            if (base.getScheme().equalsIgnoreCase("http") && !config.isAllowInsecureBaseUrl()
                && !isLoopback(base.getHost())) {
                throw new SeedanceValidationException("baseUrl", baseUrl, "an https:// URL (the API key would travel in "
                        + "clear; http:// is accepted for localhost, or with allowInsecureBaseUrl=true)");
            }
        }
        Provider provider = config.getProvider();
        if (config.getApiStyle() == ApiStyle.OPENAI && (provider == Provider.BYTEPLUS || provider == Provider.VOLCENGINE)) {
            throw new SeedanceValidationException("apiStyle", "openai with provider " + provider.name().toLowerCase(),
                    "official (only PowerTokens and custom hosts serve the OpenAI-style /v1/videos)");
        }
        requirePositive("connectTimeout", config.getConnectTimeout());
        requirePositive("responseTimeout", config.getResponseTimeout());
        requirePositive("maxConnections", config.getMaxConnections());
        if (config.getMaxConnectionsPerRoute() != null) {
            requirePositive("maxConnectionsPerRoute", config.getMaxConnectionsPerRoute());
        }
        if (config.getMaxRetries() < 0) {
            throw new SeedanceValidationException("maxRetries", config.getMaxRetries(), "0 or more");
        }
        Duration backoff = config.getRetryBackoff();
        Duration maxBackoff = config.getRetryMaxBackoff();
        if (backoff == null || maxBackoff == null || backoff.isNegative() || maxBackoff.isNegative()) {
            throw new SeedanceValidationException("retryBackoff", millis(backoff) + "/" + millis(maxBackoff), "0 or more");
        }
        requireRate("requestsPerSecond", config.getRequestsPerSecond());
        requireRate("listRequestsPerSecond", config.getListRequestsPerSecond());
        Integer proxyPort = config.getProxyPort();
        if (proxyPort != null && (proxyPort < 1 || proxyPort > 65535)) {
            throw new SeedanceValidationException("proxyPort", proxyPort, "1..65535");
        }
        if (config.getProxyUsername() != null && config.getProxyHost() == null) {
            throw new SeedanceValidationException("proxyUsername", config.getProxyUsername(),
                    "a proxy user only with proxyHost");
        }
    }

    private static void requireRate(String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value) || value < 0) {
            throw new SeedanceValidationException(name, value, "0 (no limit) or a positive number of requests per second");
        }
    }

    /** localhost, or a loopback IP literal; never a DNS name that merely starts like one (127.x.example). */
    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        if (h.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean ipLiteral = h.matches("\\d{1,3}(\\.\\d{1,3}){3}") || h.contains(":");
        try {
            return ipLiteral && InetAddress.getByName(h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void requirePositive(String name, long value) {
        if (value <= 0) {
            throw new SeedanceValidationException(name, value, "a positive value");
        }
    }

    /** Refusals show milliseconds, as the options' defaults are written. */
    private static void requirePositive(String name, Duration value) {
        if (value == null || value.isZero() || value.isNegative()) {
            throw new SeedanceValidationException(name, millis(value), "a positive value");
        }
    }

    private static Object millis(Duration value) {
        return value == null ? null : value.toMillis();
    }

    /**
     * Refuses, when the route starts, options that can never work together with the operation;
     * {@code directoryInUri}: the endpoint's own URI names a directory (a component-wide one serves file endpoints).
     */
    static void validate(SeedanceConfiguration config, SeedanceOperations operation, boolean directoryInUri) {
        validateOperation(config, operation);
        boolean delivers = operation == SeedanceOperations.generate || operation == SeedanceOperations.download;
        if (delivers && config.getOutput() == SeedanceOutput.file
            && (config.getDirectory() == null || config.getDirectory().isBlank())) {
            throw new SeedanceValidationException("directory", config.getDirectory(),
                    "a directory to download into with output=file");
        }
        if (directoryInUri && config.getOutput() != SeedanceOutput.file) {
            throw new SeedanceValidationException("directory", config.getDirectory(), "set only with output=file"
                    + " (output is " + config.getOutput() + ": nothing would be written there)");
        }
    }

    /** Refuses an operation the configured dialect does not serve, naming the option. */
    static void validateOperation(SeedanceConfiguration config, SeedanceOperations op) {
        if (config.getApiStyle() == ApiStyle.OPENAI && (op == SeedanceOperations.list || op == SeedanceOperations.cancel)) {
            throw new SeedanceValidationException("operation", op + " with apiStyle=openai",
                    "upload, create, get (the OpenAI-style /v1/videos interface has no " + op + "; use apiStyle=official)");
        }
    }

    /** The explicit poll times of a consumer's URI, before Camel binds them (it reads -1 as "not set"). */
    static void validatePollTimes(Map<String, Object> parameters) {
        refuseNegative(parameters, "delay", 1);
        refuseNegative(parameters, "initialDelay", 0);
    }

    /** The consumer's bound poll times; -1 is Camel's "not set" (its defaults apply). */
    static void validateConsumer(long delay, long initialDelay) {
        if (delay != -1 && delay <= 0) {
            throw new SeedanceValidationException("delay", delay, "a positive delay between polls");
        }
        if (initialDelay < -1) {
            throw new SeedanceValidationException("initialDelay", initialDelay, "0 or more");
        }
    }

    /**
     * Camel takes -1 for "not set" in its scheduler options, so a -1 written in the URI would pass unnoticed: a value
     * given explicitly must be at least {@code min} (in Camel's own units and notations, such as 5s).
     */
    private static void refuseNegative(Map<String, Object> parameters, String name, long min) {
        Object value = parameters.get(name);
        if (value == null) {
            return;
        }
        Long millis;
        try {
            millis = value instanceof Number n ? Long.valueOf(n.longValue()) : TimeUtils.toMilliSeconds(value.toString());
        } catch (IllegalArgumentException e) {
            millis = null; // Camel's binding reports what it cannot read
        }
        if (millis != null && millis < min) {
            throw new SeedanceValidationException(name, value, min > 0 ? "a positive time between polls" : "0 or more");
        }
    }
}
