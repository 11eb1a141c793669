package dev.reactiveai.openai.core;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;

import dev.reactiveai.openai.core.internal.Redactor;
import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;

/**
 * The checks of the values given to {@link OpenAiClientOptionsBuilder}: each refuses a
 * value with an {@link InvalidOptionException} (an {@link InvalidBaseUrlException} for
 * the base URL) that names the setting and says why.
 */
final class OptionChecks {

	private static final String SECRET = "******";

	private OptionChecks() {
	}

	static String name(@Nullable String name) {
		if (!StringUtils.hasText(name)) {
			throw new InvalidOptionException(ClientSetting.NAME, shown(name), "it must not be empty");
		}
		return name;
	}

	static URI baseUrl(@Nullable String baseUrl) {
		if (baseUrl == null) {
			throw new InvalidOptionException(ClientSetting.BASE_URL, null, "it must not be null");
		}
		if (HeaderValues.hasLineBreak(baseUrl)) {
			throw new InvalidBaseUrlException(baseUrl, "it contains a line break");
		}
		try {
			return baseUrl(new URI(baseUrl.strip()));
		}
		catch (URISyntaxException ex) {
			throw new InvalidBaseUrlException(baseUrl, "it is not a valid URL (" + ex.getReason() + ")");
		}
	}

	static URI baseUrl(@Nullable URI baseUrl) {
		if (baseUrl == null) {
			throw new InvalidOptionException(ClientSetting.BASE_URL, null, "it must not be null");
		}
		String scheme = (baseUrl.getScheme() != null) ? baseUrl.getScheme().toLowerCase(Locale.ROOT) : null;
		if (!"https".equals(scheme) && !"http".equals(scheme)) {
			throw new InvalidBaseUrlException(baseUrl.toString(),
					"it must be an absolute URL starting with https:// (or http:// for a local server)");
		}
		if (!StringUtils.hasText(baseUrl.getHost())) {
			throw new InvalidBaseUrlException(baseUrl.toString(), "it has no host name");
		}
		if (baseUrl.getRawQuery() != null || baseUrl.getRawFragment() != null) {
			throw new InvalidBaseUrlException(baseUrl.toString(), "it must not have a query or fragment");
		}
		String url = baseUrl.toString();
		return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
	}

	/** Refuse a plain {@code http} base URL to a remote host unless it is allowed. */
	static void transport(URI baseUrl, boolean allowInsecureHttp) {
		String host = baseUrl.getHost();
		if ("http".equalsIgnoreCase(baseUrl.getScheme()) && !allowInsecureHttp && (host == null || !isLoopback(host))) {
			throw new InvalidBaseUrlException(baseUrl.toString(),
					"plain http would send the API key unencrypted to a remote host; use https, "
							+ "or allow insecure http explicitly");
		}
	}

	static @Nullable String credential(ClientSetting setting, @Nullable String value) {
		if (!StringUtils.hasText(value)) {
			return null;
		}
		if (HeaderValues.hasLineBreak(value)) {
			// The value is a secret: never repeat it.
			throw new InvalidOptionException(setting, SECRET, "it contains a line break; check how it is set");
		}
		return value.strip();
	}

	static @Nullable String header(ClientSetting setting, String header, @Nullable String value) {
		if (value != null && HeaderValues.hasLineBreak(value)) {
			throw new InvalidOptionException(setting, shown(value),
					"the value of header '" + header + "' contains a line break");
		}
		return value;
	}

	static String headerName(@Nullable String name) {
		if (!StringUtils.hasText(name)) {
			throw new InvalidOptionException(ClientSetting.HEADERS, shown(name), "header names must not be empty");
		}
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c <= ' ' || c >= 127 || c == ':') {
				throw new InvalidOptionException(ClientSetting.HEADERS, shown(name),
						"header name '" + name.strip() + "' contains a character that is not allowed");
			}
		}
		return name;
	}

	/** A header sent with every request, checked by name and value. */
	static String headerValue(@Nullable String name, @Nullable String value) {
		String checked = header(ClientSetting.HEADERS, headerName(name), value);
		if (checked == null) {
			throw new InvalidOptionException(ClientSetting.HEADERS, null,
					"the value of header '" + name + "' must not be null");
		}
		return checked;
	}

	static Duration positive(ClientSetting setting, @Nullable Duration value) {
		if (value == null || value.isNegative() || value.isZero()) {
			throw new InvalidOptionException(setting, shown(value), "it must be positive");
		}
		return value;
	}

	static Duration notNegative(ClientSetting setting, @Nullable Duration value) {
		if (value == null || value.isNegative()) {
			throw new InvalidOptionException(setting, shown(value), "it must not be negative");
		}
		return value;
	}

	static int notNegative(ClientSetting setting, int value) {
		if (value < 0) {
			throw new InvalidOptionException(setting, shown(value), "it must not be negative");
		}
		return value;
	}

	static DataSize size(ClientSetting setting, @Nullable DataSize value, long max, String range) {
		if (value == null || value.toBytes() <= 0 || value.toBytes() > max) {
			throw new InvalidOptionException(setting, shown(value), "it must be " + range);
		}
		return value;
	}

	static @Nullable URI proxy(@Nullable URI proxy) {
		if (proxy == null) {
			return null;
		}
		String shown = Redactor.maskUserInfo(proxy.toString());
		String scheme = String.valueOf(proxy.getScheme()).toLowerCase(Locale.ROOT);
		if (!scheme.equals("http") && !scheme.equals("socks5")) {
			throw new InvalidOptionException(ClientSetting.PROXY, shown, "it must start with http:// or socks5://");
		}
		if (proxy.getHost() == null || proxy.getPort() <= 0) {
			throw new InvalidOptionException(ClientSetting.PROXY, shown, "it must name a host and a port");
		}
		return proxy;
	}

	/** A value as a message may show it: on one line. */
	private static @Nullable String shown(@Nullable Object value) {
		return (value != null) ? String.valueOf(value).replaceAll("[\\r\\n]", "?") : null;
	}

	private static boolean isLoopback(String host) {
		String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
		if (bare.equalsIgnoreCase("localhost") || bare.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
			return true;
		}
		if (bare.isEmpty() || (!Character.isDigit(bare.charAt(0)) && !bare.contains(":"))) {
			// A name: deciding would need a DNS lookup, and a name can point anywhere.
			return false;
		}
		try {
			return InetAddress.getByName(bare).isLoopbackAddress();
		}
		catch (UnknownHostException | SecurityException ex) {
			return false;
		}
	}

}
