package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.SettingNames;
import org.jspecify.annotations.Nullable;

/**
 * Names the settings of one auto-configured client as the {@code openai.*} property that
 * set its value: {@code openai.clients.<name>.read-timeout} when the named client sets
 * it, {@code openai.read-timeout} when it comes from the settings of every client, the
 * {@link OpenAiConnectionDetails} bean when that gave it. A setting that nothing set is
 * named as the client's own property, with the environment variable that a key may come
 * from.
 */
final class OpenAiPropertyNames implements SettingNames {

	private static final String ROOT = "openai.";

	private final String client;

	private final OpenAiConnectionProperties root;

	private final @Nullable OpenAiConnectionProperties overrides;

	private final @Nullable OpenAiConnectionDetails connectionDetails;

	OpenAiPropertyNames(String client, OpenAiConnectionProperties root, @Nullable OpenAiConnectionProperties overrides,
			@Nullable OpenAiConnectionDetails connectionDetails) {
		this.client = client;
		this.root = root;
		this.overrides = overrides;
		this.connectionDetails = connectionDetails;
	}

	@Override
	public String nameOf(ClientSetting setting) {
		String property = ClientPropertyBindings.propertyName(setting);
		String clientProperty = ROOT + "clients." + this.client + "." + property;
		if (fromConnectionDetails(setting)) {
			return "the " + property + " of the " + OpenAiConnectionDetails.class.getSimpleName() + " bean";
		}
		if (this.overrides != null && ClientPropertyBindings.sets(this.overrides, setting)) {
			return clientProperty;
		}
		if (ClientPropertyBindings.sets(this.root, setting)) {
			return ROOT + property;
		}
		String own = OpenAiClients.DEFAULT.equals(this.client) ? ROOT + property : clientProperty;
		String variable = switch (setting) {
			case API_KEY -> "OPENAI_API_KEY";
			case ADMIN_API_KEY -> "OPENAI_ADMIN_API_KEY";
			default -> null;
		};
		if (variable == null) {
			return own;
		}
		return OpenAiClients.DEFAULT.equals(this.client) ? own + " (or the " + variable + " environment variable)"
				: own + " (or, for every client, " + ROOT + property + " or the " + variable + " environment variable)";
	}

	private boolean fromConnectionDetails(ClientSetting setting) {
		OpenAiConnectionDetails details = this.connectionDetails;
		if (details == null) {
			return false;
		}
		return switch (setting) {
			case BASE_URL -> true;
			case API_KEY -> details.getApiKey() != null;
			case ADMIN_API_KEY -> details.getAdminApiKey() != null;
			case AUTHENTICATION -> details.getAuthentication() != null;
			default -> false;
		};
	}

}
