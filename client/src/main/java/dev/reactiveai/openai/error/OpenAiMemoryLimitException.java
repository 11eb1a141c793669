package dev.reactiveai.openai.error;

import dev.reactiveai.openai.core.ClientSetting;
import org.jspecify.annotations.Nullable;

/**
 * An answer was refused because holding it would go beyond a limit of the client: its
 * body or one of its events is larger than {@link ClientSetting#MAX_IN_MEMORY_SIZE}, or
 * the answers in flight together would hold more than
 * {@link ClientSetting#MAX_IN_MEMORY_TOTAL}.
 */
public class OpenAiMemoryLimitException extends OpenAiResponseException {

	private static final long serialVersionUID = 1L;

	private final String clientName;

	private final ClientSetting setting;

	private final long limitBytes;

	/**
	 * Create an exception.
	 * @param message the message
	 * @param clientName the name of the client that made the call
	 * @param setting the limit's setting
	 * @param limitBytes the limit in bytes
	 * @param cause the failure that reported it
	 */
	public OpenAiMemoryLimitException(String message, String clientName, ClientSetting setting, long limitBytes,
			@Nullable Throwable cause) {
		super(message, null, cause);
		this.clientName = clientName;
		this.setting = setting;
		this.limitBytes = limitBytes;
	}

	/**
	 * The name of the client that made the call.
	 * @return the client's name
	 */
	public String clientName() {
		return this.clientName;
	}

	/**
	 * The setting of the limit: {@link ClientSetting#MAX_IN_MEMORY_SIZE} or
	 * {@link ClientSetting#MAX_IN_MEMORY_TOTAL}.
	 * @return the setting
	 */
	public ClientSetting setting() {
		return this.setting;
	}

	/**
	 * The limit that would have been exceeded, in bytes.
	 * @return the limit
	 */
	public long limitBytes() {
		return this.limitBytes;
	}

}
