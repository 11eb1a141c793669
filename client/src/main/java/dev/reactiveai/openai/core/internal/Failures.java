package dev.reactiveai.openai.core.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeoutException;

import dev.reactiveai.openai.core.ClientSetting;
import dev.reactiveai.openai.core.OpenAiClientOptions;
import dev.reactiveai.openai.core.SettingNames;
import dev.reactiveai.openai.core.internal.sse.SseStreamTruncatedException;
import dev.reactiveai.openai.error.OpenAiConnectionException;
import dev.reactiveai.openai.error.OpenAiError;
import dev.reactiveai.openai.error.OpenAiException;
import dev.reactiveai.openai.error.OpenAiMemoryLimitException;
import dev.reactiveai.openai.error.OpenAiResponseException;
import dev.reactiveai.openai.error.OpenAiStreamException;
import dev.reactiveai.openai.error.OpenAiTimeoutException;

import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Turns whatever made an attempt fail (a timeout, a connection that broke, an answer over
 * a limit, bytes the HTTP codec could not decode) into the library's
 * {@link OpenAiException} that names the request, so that no call fails with another
 * type.
 */
final class Failures {

	private final OpenAiClientOptions options;

	private final CallSettings settings;

	private final SettingNames settingNames;

	Failures(OpenAiClientOptions options, CallSettings settings, SettingNames settingNames) {
		this.options = options;
		this.settings = settings;
		this.settingNames = settingNames;
	}

	/**
	 * The exception for a failed attempt.
	 * @param request the request
	 * @param failure what made it fail
	 * @param timeout the time the attempt was allowed
	 * @param timeoutSetting the setting that allowed it
	 * @return the exception
	 */
	Throwable translate(ApiRequest request, Throwable failure, Duration timeout, ClientSetting timeoutSetting) {
		if (failure instanceof OpenAiException) {
			return failure;
		}
		if (failure instanceof TimeoutException) {
			return new OpenAiTimeoutException(
					request + " got no answer within " + timeout + " (" + whereSet(timeoutSetting) + ")", timeout,
					this.options.name(), timeoutSetting);
		}
		if (failure instanceof WebClientRequestException ex) {
			// The cause, not the exception itself: it carries the request headers, and so
			// the key.
			Throwable cause = (ex.getCause() != null) ? ex.getCause() : null;
			return new OpenAiConnectionException("Could not send " + request + " to " + origin() + ": "
					+ ((cause != null) ? cause.getMessage() : ex.getMessage()), cause);
		}
		if (failure instanceof MemoryBudget.Exceeded exceeded) {
			return new OpenAiMemoryLimitException(
					"The answer to " + request + " was refused: the answers in flight on client '" + this.options.name()
							+ "' would hold more than " + exceeded.limit() + " bytes in memory together ("
							+ this.settingNames.nameOf(ClientSetting.MAX_IN_MEMORY_TOTAL) + ")",
					this.options.name(), ClientSetting.MAX_IN_MEMORY_TOTAL, exceeded.limit(), failure);
		}
		if (failure instanceof DataBufferLimitException) {
			int limit = this.settings.maxInMemorySize();
			return new OpenAiMemoryLimitException(
					"The response to " + request + " exceeds the limit of " + limit + " bytes held in memory; raise "
							+ this.settingNames.nameOf(ClientSetting.MAX_IN_MEMORY_SIZE) + " to accept it",
					this.options.name(), ClientSetting.MAX_IN_MEMORY_SIZE, limit, failure);
		}
		if (failure instanceof SseStreamTruncatedException) {
			return new OpenAiStreamException("The stream of " + request + " was cut off: " + failure.getMessage(),
					OpenAiError.NONE, null, failure);
		}
		if (failure instanceof IOException || failure.getClass().getName().startsWith("reactor.netty")) {
			return new OpenAiConnectionException(
					"The connection to " + origin() + " failed during " + request + ": " + failure.getMessage(),
					failure);
		}
		if (failure instanceof Error) {
			return failure;
		}
		// What the HTTP codec or the decompressor could not decode (bad chunk framing, a
		// body that is not the compression it claims), or anything else: the call still
		// fails with the library's own type, naming the request.
		return new OpenAiResponseException("The answer to " + request + " from " + origin() + " could not be read: "
				+ failure.getClass().getSimpleName() + ": "
				+ ServerText.quote(String.valueOf(failure.getMessage()), ServerText.MAX_TEXT), null, failure);
	}

	/**
	 * The exception for a download that did not finish in time.
	 * @param request the request
	 * @param timeout the time allowed
	 * @param received the bytes received by then
	 * @return the exception
	 */
	OpenAiTimeoutException downloadTimedOut(ApiRequest request, Duration timeout, long received) {
		return new OpenAiTimeoutException(
				request + " did not finish downloading within " + timeout + " (" + received + " bytes received; "
						+ whereSet(ClientSetting.DOWNLOAD_TIMEOUT) + ")",
				timeout, this.options.name(), ClientSetting.DOWNLOAD_TIMEOUT);
	}

	/** Where a timeout was set, and where else it can be. */
	private String whereSet(ClientSetting setting) {
		return this.settings.setPerCall(setting)
				? "set per call with withOptions(..) as RequestOptions." + setting.optionName()
				: this.settingNames.nameOf(setting) + ", or per call with withOptions(..)";
	}

	private String origin() {
		URI base = this.options.baseUrl();
		return base.getScheme() + "://" + base.getHost() + ((base.getPort() != -1) ? ":" + base.getPort() : "");
	}

}
