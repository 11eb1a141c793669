package dev.reactiveai.openai.error;

import java.time.Duration;

import dev.reactiveai.openai.core.ClientSetting;

/**
 * The API did not answer, a stream went silent, or a download did not finish, within the
 * configured time.
 */
public class OpenAiTimeoutException extends OpenAiException {

	private static final long serialVersionUID = 1L;

	private final Duration timeout;

	private final String clientName;

	private final ClientSetting setting;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param timeout the time that elapsed
	 * @param clientName the name of the client that made the call
	 * @param setting the setting that allowed the time: {@link ClientSetting#TIMEOUT},
	 * {@link ClientSetting#READ_TIMEOUT} or {@link ClientSetting#DOWNLOAD_TIMEOUT}
	 */
	public OpenAiTimeoutException(String message, Duration timeout, String clientName, ClientSetting setting) {
		super(message);
		this.timeout = timeout;
		this.clientName = clientName;
		this.setting = setting;
	}

	/**
	 * The timeout that elapsed.
	 * @return the timeout
	 */
	public Duration timeout() {
		return this.timeout;
	}

	/**
	 * The name of the client that made the call.
	 * @return the client's name
	 */
	public String clientName() {
		return this.clientName;
	}

	/**
	 * The setting whose time elapsed, whether the client's or overridden per call.
	 * @return the setting
	 */
	public ClientSetting setting() {
		return this.setting;
	}

}
