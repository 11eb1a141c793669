package dev.reactiveai.openai.autoconfigure;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.reactiveai.openai.core.AzureOptions;
import dev.reactiveai.openai.core.HttpLogLevel;
import org.jspecify.annotations.Nullable;

import org.springframework.util.unit.DataSize;

/**
 * Settings of an OpenAI client. Bound under {@code openai} for every client, and under
 * {@code openai.clients.<name>} to override them for one named client. A setting that is
 * not set keeps the value of the layer below it; the defaults come last.
 */
public class OpenAiConnectionProperties {

	/**
	 * API key, sent as a bearer token. Also read from the OPENAI_API_KEY environment
	 * variable.
	 */
	private @Nullable String apiKey;

	/**
	 * Admin API key, used instead of the API key on the organization and project
	 * administration APIs (/organization/**, /projects/**).
	 */
	private @Nullable String adminApiKey;

	/**
	 * Base URL of the API, or of an OpenAI-compatible server. Also read from the
	 * OPENAI_BASE_URL environment variable.
	 */
	private @Nullable String baseUrl;

	/**
	 * Organization ID, sent as the OpenAI-Organization header.
	 */
	private @Nullable String organization;

	/**
	 * Project ID, sent as the OpenAI-Project header.
	 */
	private @Nullable String project;

	/**
	 * Headers sent with every request. A named client's headers are added to these.
	 */
	private Map<String, String> headers = new LinkedHashMap<>();

	/**
	 * Time allowed to open a connection.
	 */
	private @Nullable Duration connectTimeout;

	/**
	 * Time allowed for a non-streaming call, per attempt, from sending the request to
	 * reading the whole response.
	 */
	private @Nullable Duration timeout;

	/**
	 * Time a streaming call may wait for its first event, and between events.
	 */
	private @Nullable Duration readTimeout;

	/**
	 * Time allowed for a whole download (file, video or skill content, speech), from the
	 * request to the last byte, so that a server trickling bytes cannot hold it open.
	 */
	private @Nullable Duration downloadTimeout;

	/**
	 * Maximum number of retries after the first attempt of a call that failed with a
	 * connection error, a timeout, or status 408, 409, 429 or 5xx.
	 */
	private @Nullable Integer maxRetries;

	/**
	 * Delay before the first retry; it doubles for each further retry, less up to 25%
	 * jitter.
	 */
	private @Nullable Duration initialRetryDelay;

	/**
	 * Upper bound of the computed delay between retries.
	 */
	private @Nullable Duration maxRetryDelay;

	/**
	 * Longest retry-after delay requested by the server that is honoured. A call asked to
	 * wait longer fails at once.
	 */
	private @Nullable Duration maxRetryAfter;

	/**
	 * Largest response body, or stream event, held in memory.
	 */
	private @Nullable DataSize maxInMemorySize;

	/**
	 * Most bytes of answers and events that all calls of a client hold in memory
	 * together. A call that would go beyond fails. When unset, a quarter of the JVM's
	 * maximum heap.
	 */
	private @Nullable DataSize maxInMemoryTotal;

	/**
	 * How long a pooled connection may stay idle before it is closed. Keep it below the
	 * idle timeout of the server and any load balancer in between.
	 */
	private @Nullable Duration maxIdleTime;

	/**
	 * Proxy to connect through, as http://host:port or socks5://host:port.
	 */
	private @Nullable URI proxy;

	/**
	 * Whether a plain http base URL may point at a host other than the loopback
	 * interface, sending the API key unencrypted.
	 */
	private @Nullable Boolean allowInsecureHttp;

	/**
	 * Whether https connections offer HTTP/2 through TLS's ALPN, falling back to HTTP/1.1
	 * when the server does not take it. Over HTTP/2 an answer can never be taken for
	 * another call's; all calls to a host then share connections.
	 */
	private @Nullable Boolean http2;

	/**
	 * Whether HTTP/1.1 connections are kept open and reused by later calls. Off, every
	 * call opens its own connection and asks the server to close it, so that a server or
	 * proxy that sends bytes beyond an answer's framing can never give one call another's
	 * answer, at the price of a connection and TLS handshake per call.
	 */
	private @Nullable Boolean keepAlive;

	/**
	 * Name of the SSL bundle (spring.ssl.bundle.*) to connect with, for servers with a
	 * private certificate authority or mutual TLS.
	 */
	private @Nullable String sslBundle;

	/**
	 * How requests authenticate: 'api-key' (the API key, as a bearer token or Azure's
	 * api-key header), 'entra-id' (Microsoft Entra ID tokens for Azure OpenAI, from a
	 * TokenCredential bean or DefaultAzureCredential), or 'none' (a server that needs no
	 * key, such as Ollama or vLLM).
	 */
	private @Nullable OpenAiAuthenticationMethod authentication;

	/**
	 * Azure OpenAI: with any of these set, the base URL is the resource endpoint, such as
	 * https://my-resource.openai.azure.com.
	 */
	private final Azure azure = new Azure();

	/**
	 * Log each HTTP exchange, for debugging, to the logger dev.reactiveai.openai.http at
	 * INFO: 'headers' logs request lines, statuses and headers, 'body' the bodies too (a
	 * stream event by event). Keys are always redacted. Off ('none') unless set.
	 */
	private @Nullable HttpLogLevel logging;

	/**
	 * Size at which each logged body, or stream event, is cut.
	 */
	private @Nullable DataSize loggingMaxBodySize;

	private final Observations observations = new Observations();

	public @Nullable String getApiKey() {
		return this.apiKey;
	}

	public void setApiKey(@Nullable String apiKey) {
		this.apiKey = apiKey;
	}

	public @Nullable String getAdminApiKey() {
		return this.adminApiKey;
	}

	public void setAdminApiKey(@Nullable String adminApiKey) {
		this.adminApiKey = adminApiKey;
	}

	public @Nullable String getBaseUrl() {
		return this.baseUrl;
	}

	public void setBaseUrl(@Nullable String baseUrl) {
		this.baseUrl = baseUrl;
	}

	public @Nullable String getOrganization() {
		return this.organization;
	}

	public void setOrganization(@Nullable String organization) {
		this.organization = organization;
	}

	public @Nullable String getProject() {
		return this.project;
	}

	public void setProject(@Nullable String project) {
		this.project = project;
	}

	public Map<String, String> getHeaders() {
		return this.headers;
	}

	public void setHeaders(Map<String, String> headers) {
		this.headers = headers;
	}

	public @Nullable Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(@Nullable Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public @Nullable Duration getTimeout() {
		return this.timeout;
	}

	public void setTimeout(@Nullable Duration timeout) {
		this.timeout = timeout;
	}

	public @Nullable Duration getReadTimeout() {
		return this.readTimeout;
	}

	public void setReadTimeout(@Nullable Duration readTimeout) {
		this.readTimeout = readTimeout;
	}

	public @Nullable Duration getDownloadTimeout() {
		return this.downloadTimeout;
	}

	public void setDownloadTimeout(@Nullable Duration downloadTimeout) {
		this.downloadTimeout = downloadTimeout;
	}

	public @Nullable Integer getMaxRetries() {
		return this.maxRetries;
	}

	public void setMaxRetries(@Nullable Integer maxRetries) {
		this.maxRetries = maxRetries;
	}

	public @Nullable Duration getInitialRetryDelay() {
		return this.initialRetryDelay;
	}

	public void setInitialRetryDelay(@Nullable Duration initialRetryDelay) {
		this.initialRetryDelay = initialRetryDelay;
	}

	public @Nullable Duration getMaxRetryDelay() {
		return this.maxRetryDelay;
	}

	public void setMaxRetryDelay(@Nullable Duration maxRetryDelay) {
		this.maxRetryDelay = maxRetryDelay;
	}

	public @Nullable Duration getMaxRetryAfter() {
		return this.maxRetryAfter;
	}

	public void setMaxRetryAfter(@Nullable Duration maxRetryAfter) {
		this.maxRetryAfter = maxRetryAfter;
	}

	public @Nullable DataSize getMaxInMemorySize() {
		return this.maxInMemorySize;
	}

	public void setMaxInMemorySize(@Nullable DataSize maxInMemorySize) {
		this.maxInMemorySize = maxInMemorySize;
	}

	public @Nullable DataSize getMaxInMemoryTotal() {
		return this.maxInMemoryTotal;
	}

	public void setMaxInMemoryTotal(@Nullable DataSize maxInMemoryTotal) {
		this.maxInMemoryTotal = maxInMemoryTotal;
	}

	public @Nullable Duration getMaxIdleTime() {
		return this.maxIdleTime;
	}

	public void setMaxIdleTime(@Nullable Duration maxIdleTime) {
		this.maxIdleTime = maxIdleTime;
	}

	public @Nullable URI getProxy() {
		return this.proxy;
	}

	public void setProxy(@Nullable URI proxy) {
		this.proxy = proxy;
	}

	public @Nullable Boolean getAllowInsecureHttp() {
		return this.allowInsecureHttp;
	}

	public void setAllowInsecureHttp(@Nullable Boolean allowInsecureHttp) {
		this.allowInsecureHttp = allowInsecureHttp;
	}

	public @Nullable Boolean getHttp2() {
		return this.http2;
	}

	public void setHttp2(@Nullable Boolean http2) {
		this.http2 = http2;
	}

	public @Nullable Boolean getKeepAlive() {
		return this.keepAlive;
	}

	public void setKeepAlive(@Nullable Boolean keepAlive) {
		this.keepAlive = keepAlive;
	}

	public @Nullable String getSslBundle() {
		return this.sslBundle;
	}

	public void setSslBundle(@Nullable String sslBundle) {
		this.sslBundle = sslBundle;
	}

	public @Nullable HttpLogLevel getLogging() {
		return this.logging;
	}

	public void setLogging(@Nullable HttpLogLevel logging) {
		this.logging = logging;
	}

	public @Nullable DataSize getLoggingMaxBodySize() {
		return this.loggingMaxBodySize;
	}

	public void setLoggingMaxBodySize(@Nullable DataSize loggingMaxBodySize) {
		this.loggingMaxBodySize = loggingMaxBodySize;
	}

	public @Nullable OpenAiAuthenticationMethod getAuthentication() {
		return this.authentication;
	}

	public void setAuthentication(@Nullable OpenAiAuthenticationMethod authentication) {
		this.authentication = authentication;
	}

	public Azure getAzure() {
		return this.azure;
	}

	public Observations getObservations() {
		return this.observations;
	}

	/**
	 * Settings of the observations of a client's calls. A named client takes each one it
	 * does not set from openai.observations.
	 */
	public static class Observations {

		/**
		 * Whether to record what each generative call asks the model and the text it
		 * answers, as the events gen_ai.content.prompt and gen_ai.content.completion of
		 * its observation. They are user data: every observation handler, a tracer's span
		 * events included, gets them. Off unless set.
		 */
		private @Nullable Boolean recordContent;

		public @Nullable Boolean getRecordContent() {
			return this.recordContent;
		}

		public void setRecordContent(@Nullable Boolean recordContent) {
			this.recordContent = recordContent;
		}

	}

	/**
	 * Settings of a client of Azure OpenAI. A named client takes each one it does not set
	 * from openai.azure.
	 */
	public static class Azure {

		/**
		 * Whether the client calls Azure OpenAI. When unset, it does if any other Azure
		 * setting is set; set it to false for a named client that must not inherit
		 * openai.azure.
		 */
		private @Nullable Boolean enabled;

		/**
		 * Paths of the operations: 'deployments' (the dated API,
		 * /openai/deployments/{deployment}/... for model operations and /openai/... for
		 * the others) or 'v1' (/openai/v1/..., where the request's model names the
		 * deployment).
		 */
		private AzureOptions.@Nullable Paths paths;

		/**
		 * Deployment that the model operations (chat completions, completions,
		 * embeddings, images, audio) go to, on the deployment-based paths.
		 */
		private @Nullable String deployment;

		/**
		 * Version of the API, sent as the api-version query parameter; required by the
		 * deployment-based paths, optional on the v1 paths.
		 */
		private @Nullable String apiVersion;

		/**
		 * Scope of the Microsoft Entra ID tokens, with authentication 'entra-id'.
		 */
		private @Nullable String tokenScope;

		public @Nullable Boolean getEnabled() {
			return this.enabled;
		}

		public void setEnabled(@Nullable Boolean enabled) {
			this.enabled = enabled;
		}

		public AzureOptions.@Nullable Paths getPaths() {
			return this.paths;
		}

		public void setPaths(AzureOptions.@Nullable Paths paths) {
			this.paths = paths;
		}

		public @Nullable String getDeployment() {
			return this.deployment;
		}

		public void setDeployment(@Nullable String deployment) {
			this.deployment = deployment;
		}

		public @Nullable String getApiVersion() {
			return this.apiVersion;
		}

		public void setApiVersion(@Nullable String apiVersion) {
			this.apiVersion = apiVersion;
		}

		public @Nullable String getTokenScope() {
			return this.tokenScope;
		}

		public void setTokenScope(@Nullable String tokenScope) {
			this.tokenScope = tokenScope;
		}

		/**
		 * Whether any setting other than {@code enabled} is set.
		 * @return whether one is
		 */
		boolean hasSettings() {
			return this.paths != null || this.deployment != null || this.apiVersion != null || this.tokenScope != null;
		}

	}

}
