package dev.reactiveai.openai.samples.chat;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Tells the page where the answers come from.
 */
@RestController
class AboutController {

	private final About about;

	AboutController(@Value("${openai.simulator.enabled:false}") boolean simulator, ChatSampleProperties properties) {
		this.about = new About(simulator, properties.chatModel(), properties.embeddingModel());
	}

	@GetMapping("/api/about")
	About about() {
		return this.about;
	}

	/**
	 * Where the answers come from.
	 *
	 * @param simulator whether from the in-process simulator rather than the OpenAI API
	 * @param chatModel the chat model
	 * @param embeddingModel the embedding model
	 */
	record About(boolean simulator, String chatModel, String embeddingModel) {

	}

}
