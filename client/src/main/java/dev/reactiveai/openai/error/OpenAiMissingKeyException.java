package dev.reactiveai.openai.error;

import dev.reactiveai.openai.core.ClientSetting;

/**
 * A call needs a key that its client does not have: the API key, or the admin API key for
 * an administration call. The request was not sent.
 */
public class OpenAiMissingKeyException extends OpenAiConfigurationException {

	private static final long serialVersionUID = 1L;

	private final String clientName;

	private final ClientSetting setting;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param clientName the name of the client
	 * @param setting the missing key's setting: {@link ClientSetting#API_KEY} or
	 * {@link ClientSetting#ADMIN_API_KEY}
	 */
	public OpenAiMissingKeyException(String message, String clientName, ClientSetting setting) {
		super(message);
		this.clientName = clientName;
		this.setting = setting;
	}

	/**
	 * The name of the client without the key.
	 * @return the client's name
	 */
	public String clientName() {
		return this.clientName;
	}

	/**
	 * The setting of the missing key.
	 * @return {@link ClientSetting#API_KEY} or {@link ClientSetting#ADMIN_API_KEY}
	 */
	public ClientSetting setting() {
		return this.setting;
	}

}
