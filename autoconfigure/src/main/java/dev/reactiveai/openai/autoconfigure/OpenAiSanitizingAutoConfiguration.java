package dev.reactiveai.openai.autoconfigure;

import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Masks OpenAI keys, the webhook secret, and base and proxy URLs that carry user info (a
 * password, or a token as user name) in the actuator's {@code env} and
 * {@code configprops} endpoints, even when they are set to show values.
 */
@AutoConfiguration
@ConditionalOnClass(SanitizingFunction.class)
public final class OpenAiSanitizingAutoConfiguration {

	/** A URL with user info: {@code scheme://user[:password]@host...}. */
	private static final Pattern URL_WITH_USER_INFO = Pattern.compile("^[^/]*//[^/?#]*@.*", Pattern.DOTALL);

	@Bean
	SanitizingFunction openAiKeySanitizingFunction() {
		return (data) -> (isOpenAiSecret(data) || isOpenAiUrlWithUserInfo(data)) ? data.withSanitizedValue() : data;
	}

	private static boolean isOpenAiUrlWithUserInfo(SanitizableData data) {
		String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
		return key.startsWith("openai") && (key.endsWith("baseurl") || key.endsWith("proxy")) && data.getValue() != null
				&& URL_WITH_USER_INFO.matcher(data.getValue().toString()).matches();
	}

	/**
	 * Whether the property is an OpenAI key or the webhook secret in any of their
	 * spellings: {@code openai.api-key}, {@code openai.clients.x.adminApiKey},
	 * {@code OPENAI_API_KEY}, {@code OPENAI_ADMIN_KEY}, {@code openai.webhook-secret},
	 * {@code OPENAI_WEBHOOK_SECRET}.
	 */
	private static boolean isOpenAiSecret(SanitizableData data) {
		String key = data.getKey().toLowerCase(Locale.ROOT).replaceAll("[-_.\\[\\]]", "");
		return key.startsWith("openai")
				&& (key.endsWith("apikey") || key.endsWith("adminkey") || key.endsWith("webhooksecret"));
	}

}
