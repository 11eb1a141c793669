package dev.reactiveai.openai.core;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.AppenderBase;
import org.slf4j.LoggerFactory;

/**
 * Records every log line, with the messages of its exception and their causes, at the
 * given level and above, until closed.
 */
final class LogCapture implements AutoCloseable {

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private final Logger root;

	private final Level previousLevel;

	private final AppenderBase<ILoggingEvent> appender = new AppenderBase<>() {

		@Override
		protected void append(ILoggingEvent event) {
			StringBuilder line = new StringBuilder(event.getFormattedMessage());
			for (IThrowableProxy cause = event.getThrowableProxy(); cause != null; cause = cause.getCause()) {
				line.append(' ').append(cause.getClassName()).append(": ").append(cause.getMessage());
			}
			LogCapture.this.lines.add(line.toString());
		}

	};

	LogCapture(Level level) {
		this.root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(level);
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	List<String> lines() {
		return this.lines;
	}

	@Override
	public void close() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.previousLevel);
		this.appender.stop();
	}

}
