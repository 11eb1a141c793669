package dev.reactiveai.openai.core;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.util.StringUtils;

/**
 * Settings of a client of Azure OpenAI: which paths its operations take, the deployment
 * that the model operations go to, and the {@code api-version} query parameter. The
 * client's base URL is then the resource endpoint, such as
 * {@code https://my-resource.openai.azure.com}, and its API key is sent as the
 * {@code api-key} header. Immutable; create with {@link #deployments(String, String)},
 * {@link #v1()} or {@link #builder()}.
 * <p>
 * Operations that Azure does not serve on the chosen paths fail before anything is sent,
 * with an {@link dev.reactiveai.openai.error.OpenAiUnsupportedOperationException} that
 * names them.
 */
public final class AzureOptions {

	/** The latest generally available version of the dated data-plane API. */
	public static final String DEFAULT_API_VERSION = "2024-10-21";

	private final Paths paths;

	private final @Nullable String deployment;

	private final @Nullable String apiVersion;

	private AzureOptions(Builder builder) {
		this.paths = builder.paths;
		this.deployment = builder.deployment;
		this.apiVersion = (builder.apiVersion == null && builder.paths == Paths.DEPLOYMENTS) ? DEFAULT_API_VERSION
				: builder.apiVersion;
	}

	/**
	 * The deployment-based paths of the dated API: model operations go to
	 * {@code /openai/deployments/<deployment>/...}, the others to {@code /openai/...}.
	 * @param deployment the deployment that the model operations go to
	 * @param apiVersion the {@code api-version}, such as {@value #DEFAULT_API_VERSION}
	 * @return the options
	 */
	public static AzureOptions deployments(String deployment, String apiVersion) {
		return builder().deployment(deployment).apiVersion(apiVersion).build();
	}

	/**
	 * The v1 paths, {@code /openai/v1/...}, where the request's {@code model} names the
	 * deployment and no {@code api-version} is needed.
	 * @return the options
	 */
	public static AzureOptions v1() {
		return builder().paths(Paths.V1).build();
	}

	/**
	 * A builder of options, with deployment-based paths and {@value #DEFAULT_API_VERSION}
	 * unless set.
	 * @return the builder
	 */
	public static Builder builder() {
		return new Builder();
	}

	/**
	 * Which paths operations take.
	 * @return the paths
	 */
	public Paths paths() {
		return this.paths;
	}

	/**
	 * The deployment that the model operations go to on deployment-based paths.
	 * @return the deployment, or {@code null} when none is set
	 */
	public @Nullable String deployment() {
		return this.deployment;
	}

	/**
	 * The {@code api-version} query parameter sent with every request.
	 * @return the version, or {@code null} for none (v1 paths only)
	 */
	public @Nullable String apiVersion() {
		return this.apiVersion;
	}

	@Override
	public boolean equals(@Nullable Object other) {
		return (other instanceof AzureOptions that) && this.paths == that.paths
				&& Objects.equals(this.deployment, that.deployment) && Objects.equals(this.apiVersion, that.apiVersion);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.paths, this.deployment, this.apiVersion);
	}

	@Override
	public String toString() {
		return "AzureOptions[paths=" + this.paths + ", deployment=" + this.deployment + ", apiVersion="
				+ this.apiVersion + "]";
	}

	/**
	 * The paths of Azure OpenAI's data-plane API.
	 */
	public enum Paths {

		/**
		 * The dated API: {@code /openai/deployments/<deployment>/chat/completions} and
		 * the other model operations, {@code /openai/files} and the other operations of
		 * the resource; {@code api-version} is required.
		 */
		DEPLOYMENTS,

		/** The v1 API: {@code /openai/v1/...}, the paths of OpenAI's own API. */
		V1

	}

	/**
	 * Builds {@link AzureOptions}, checking every value as it is set.
	 */
	public static final class Builder {

		private Paths paths = Paths.DEPLOYMENTS;

		private @Nullable String deployment;

		private @Nullable String apiVersion;

		private Builder() {
		}

		/**
		 * Set which paths operations take.
		 * @param paths the paths, {@link Paths#DEPLOYMENTS} by default
		 * @return this builder
		 */
		public Builder paths(Paths paths) {
			if (paths == null) {
				throw new InvalidOptionException(ClientSetting.AZURE, null, "its paths must not be null");
			}
			this.paths = paths;
			return this;
		}

		/**
		 * Set the deployment that the model operations go to.
		 * @param deployment the deployment's name, or {@code null} for none
		 * @return this builder
		 */
		public Builder deployment(@Nullable String deployment) {
			this.deployment = checked("deployment", deployment);
			return this;
		}

		/**
		 * Set the {@code api-version} query parameter.
		 * @param apiVersion the version, such as {@code 2024-10-21}, or {@code null} for
		 * the default
		 * @return this builder
		 */
		public Builder apiVersion(@Nullable String apiVersion) {
			this.apiVersion = checked("api-version", apiVersion);
			return this;
		}

		/**
		 * Build the options.
		 * @return the options
		 */
		public AzureOptions build() {
			return new AzureOptions(this);
		}

		private static @Nullable String checked(String what, @Nullable String value) {
			if (value == null) {
				return null;
			}
			if (!StringUtils.hasText(value)) {
				throw new InvalidOptionException(ClientSetting.AZURE, value, "its " + what + " must not be blank");
			}
			if (HeaderValues.hasLineBreak(value) || value.contains("/") || value.contains("?") || value.contains("#")) {
				throw new InvalidOptionException(ClientSetting.AZURE, value,
						"its " + what + " must not contain '/', '?', '#' or a line break");
			}
			return value.strip();
		}

	}

}
