package dev.reactiveai.openai.autoconfigure;

import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.InvalidOptionException;
import org.jspecify.annotations.Nullable;

/**
 * The Azure OpenAI settings of one client: those of {@code openai.clients.<name>.azure}
 * over those of {@code openai.azure}.
 */
final class AzureSettings {

	/** The scope of Entra ID tokens for Azure OpenAI. */
	static final String DEFAULT_TOKEN_SCOPE = "https://cognitiveservices.azure.com/.default";

	private final OpenAiConnectionProperties.Azure root;

	private final OpenAiConnectionProperties.@Nullable Azure own;

	private final String clientPrefix;

	AzureSettings(OpenAiConnectionProperties.Azure root, OpenAiConnectionProperties.@Nullable Azure own,
			String clientPrefix) {
		this.root = root;
		this.own = own;
		this.clientPrefix = clientPrefix;
	}

	/**
	 * Whether the client calls Azure OpenAI: as {@code enabled} says, or, unset, when any
	 * other Azure setting is set.
	 * @return whether it does
	 */
	boolean enabled() {
		Boolean enabled = (this.own != null && this.own.getEnabled() != null) ? this.own.getEnabled()
				: this.root.getEnabled();
		return (enabled != null) ? enabled : this.root.hasSettings() || (this.own != null && this.own.hasSettings());
	}

	/**
	 * The client's Azure options.
	 * @return the options, or {@code null} when the client does not call Azure
	 * @throws InvalidOpenAiPropertyException if a value is refused, naming its property
	 */
	@Nullable AzureOptions options() {
		if (!enabled()) {
			return null;
		}
		AzureOptions.Builder builder = AzureOptions.builder();
		AzureOptions.Paths paths = (this.own != null && this.own.getPaths() != null) ? this.own.getPaths()
				: this.root.getPaths();
		if (paths != null) {
			builder.paths(paths);
		}
		apply("deployment", (this.own != null) ? this.own.getDeployment() : null, this.root.getDeployment(),
				builder::deployment);
		apply("api-version", (this.own != null) ? this.own.getApiVersion() : null, this.root.getApiVersion(),
				builder::apiVersion);
		return builder.build();
	}

	/**
	 * The scope of the client's Entra ID tokens.
	 * @return the scope
	 */
	String tokenScope() {
		if (this.own != null && this.own.getTokenScope() != null) {
			return this.own.getTokenScope();
		}
		return (this.root.getTokenScope() != null) ? this.root.getTokenScope() : DEFAULT_TOKEN_SCOPE;
	}

	private void apply(String name, @Nullable String own, @Nullable String root,
			java.util.function.Consumer<@Nullable String> setter) {
		String prefix = (own != null) ? this.clientPrefix : "openai.";
		try {
			setter.accept((own != null) ? own : root);
		}
		catch (InvalidOptionException ex) {
			String property = prefix + "azure." + name;
			throw new InvalidOpenAiPropertyException(property, ex.shownValue(), ex.reason(), "Correct " + property);
		}
	}

}
