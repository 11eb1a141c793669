package dev.reactiveai.openai.observation;

import io.micrometer.observation.Observation;
import org.jspecify.annotations.Nullable;

/**
 * What the observation of one realtime session knows: the client, the model, where it
 * connects, and how it ended. The session fills it in; a convention or handler reads it
 * when the observation stops.
 */
public class RealtimeSessionObservationContext extends Observation.Context {

	private final String clientName;

	private final @Nullable String requestModel;

	private final String serverAddress;

	private final int serverPort;

	private @Nullable Outcome outcome;

	private @Nullable Integer closeCode;

	private int responses;

	/**
	 * Create a context for one session.
	 * @param clientName the name of the client opening it
	 * @param requestModel the model (on Azure, the deployment) it is opened for, if named
	 * @param serverAddress the host it connects to
	 * @param serverPort the port it connects to
	 */
	public RealtimeSessionObservationContext(String clientName, @Nullable String requestModel, String serverAddress,
			int serverPort) {
		this.clientName = clientName;
		this.requestModel = requestModel;
		this.serverAddress = serverAddress;
		this.serverPort = serverPort;
	}

	/**
	 * @return the name of the client that opened the session
	 */
	public String getClientName() {
		return this.clientName;
	}

	/**
	 * @return the model the session was opened for, if it named one
	 */
	public @Nullable String getRequestModel() {
		return this.requestModel;
	}

	/**
	 * @return the host the session connects to
	 */
	public String getServerAddress() {
		return this.serverAddress;
	}

	/**
	 * @return the port the session connects to
	 */
	public int getServerPort() {
		return this.serverPort;
	}

	/**
	 * @return how the session ended, once it did
	 */
	public @Nullable Outcome getOutcome() {
		return this.outcome;
	}

	/**
	 * @param outcome how the session ended
	 */
	public void setOutcome(Outcome outcome) {
		this.outcome = outcome;
	}

	/**
	 * @return the WebSocket close code, or {@code null} when the socket never opened
	 */
	public @Nullable Integer getCloseCode() {
		return this.closeCode;
	}

	/**
	 * @param closeCode the WebSocket close code
	 */
	public void setCloseCode(int closeCode) {
		this.closeCode = closeCode;
	}

	/**
	 * @return how many responses the session had so far
	 */
	public int getResponses() {
		return this.responses;
	}

	/**
	 * Count one more response.
	 */
	public void addResponse() {
		this.responses++;
	}

	/**
	 * How a realtime session ended.
	 */
	public enum Outcome {

		/** Closed by the client, or by the server with code 1000. */
		CLOSED("closed"),

		/** Closed by the server with a code other than 1000. */
		CLOSED_BY_SERVER("closed_by_server"),

		/** The handshake or the connection failed, or the client fell behind. */
		ERROR("error"),

		/** Its subscriber cancelled: the session was closed, or never opened. */
		CANCELLED("cancelled");

		private final String tagValue;

		Outcome(String tagValue) {
			this.tagValue = tagValue;
		}

		/**
		 * @return the value of the {@code openai.outcome} tag
		 */
		public String tagValue() {
			return this.tagValue;
		}

	}

}
