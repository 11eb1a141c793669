package dev.reactiveai.openai.autoconfigure;

import java.util.function.Supplier;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import dev.reactiveai.openai.core.AccessToken;
import dev.reactiveai.openai.core.TokenSource;
import org.jspecify.annotations.Nullable;

import org.springframework.util.ClassUtils;

/**
 * Entra ID tokens from Azure's identity library: the application's
 * {@link TokenCredential}, or else a {@code DefaultAzureCredential} (environment,
 * workload identity, managed identity, Azure CLI, ...), created on first use.
 */
final class AzureIdentityTokenSources implements EntraIdTokenSources {

	private static final String DEFAULT_AZURE_CREDENTIAL = "com.azure.identity.DefaultAzureCredentialBuilder";

	private final Supplier<@Nullable TokenCredential> userCredential;

	private @Nullable TokenCredential credential;

	AzureIdentityTokenSources(Supplier<@Nullable TokenCredential> userCredential) {
		this.userCredential = userCredential;
	}

	@Override
	public TokenSource forScope(String scope) {
		TokenCredential credential = credential();
		TokenRequestContext context = new TokenRequestContext().addScopes(scope);
		return () -> credential.getToken(context)
			.map((token) -> new AccessToken(token.getToken(), token.getExpiresAt().toInstant()));
	}

	private synchronized TokenCredential credential() {
		if (this.credential == null) {
			TokenCredential own = this.userCredential.get();
			this.credential = (own != null) ? own : defaultCredential();
		}
		return this.credential;
	}

	private static TokenCredential defaultCredential() {
		if (!ClassUtils.isPresent(DEFAULT_AZURE_CREDENTIAL, AzureIdentityTokenSources.class.getClassLoader())) {
			throw new InvalidOpenAiPropertyException("openai.authentication", "entra-id",
					"no TokenCredential bean is defined and Azure's identity library is not on the classpath",
					"Add the dependency com.azure:azure-identity (for DefaultAzureCredential), or define a "
							+ "com.azure.core.credential.TokenCredential bean");
		}
		return DefaultCredential.create();
	}

	/** Kept apart so that the identity library is loaded only when it is present. */
	private static final class DefaultCredential {

		static TokenCredential create() {
			return new com.azure.identity.DefaultAzureCredentialBuilder().build();
		}

	}

	@Override
	public String toString() {
		return "AzureIdentityTokenSources";
	}

}
