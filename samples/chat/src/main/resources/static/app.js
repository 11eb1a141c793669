'use strict';

// The chat: each message is POSTed, and the answer comes back as server-sent events
// (tool calls the model made, delta, delta, ..., done), read from the response body as it
// arrives.

const messages = document.getElementById('messages');
const chatForm = document.getElementById('chat-form');
const messageInput = document.getElementById('message-input');
const sendButton = document.getElementById('send');

let conversationId = sessionStorage.getItem('conversationId');

async function startConversation() {
	const response = await fetch('api/conversations', { method: 'POST' });
	if (!response.ok) {
		throw new Error(`Could not start a conversation: the server answered ${response.status}`);
	}
	const conversation = await response.json();
	conversationId = conversation.id;
	sessionStorage.setItem('conversationId', conversationId);
	messages.replaceChildren();
}

// The conversation of this tab, kept on the server: shown again after a reload.
async function loadConversation() {
	if (conversationId) {
		const response = await fetch(`api/conversations/${encodeURIComponent(conversationId)}`);
		if (response.ok) {
			const conversation = await response.json();
			for (const turn of conversation.turns) {
				addMessage('user', turn.question);
				addMessage('assistant', turn.answer, 'done');
			}
			return;
		}
	}
	await startConversation();
}

function addMessage(role, text, state) {
	const item = document.createElement('li');
	item.className = `message ${role}`;
	if (state) {
		item.dataset.state = state;
	}
	const author = document.createElement('div');
	author.className = 'author';
	author.textContent = (role === 'user') ? 'You' : 'Assistant';
	const body = document.createElement('div');
	body.className = 'text';
	body.textContent = text;
	item.append(author, body);
	messages.append(item);
	item.scrollIntoView({ block: 'end' });
	return item;
}

// Reads a text/event-stream response: yields {name, data} for each event, data parsed as JSON.
async function* serverSentEvents(response) {
	const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
	let buffer = '';
	for (;;) {
		const { value, done } = await reader.read();
		if (done) {
			return;
		}
		buffer += value;
		let end;
		while ((end = buffer.indexOf('\n\n')) >= 0) {
			const block = buffer.slice(0, end);
			buffer = buffer.slice(end + 2);
			let name = 'message';
			const data = [];
			for (const line of block.split('\n')) {
				if (line.startsWith('event:')) {
					name = line.slice(6).trim();
				}
				else if (line.startsWith('data:')) {
					data.push(line.slice(5));
				}
			}
			if (data.length > 0) {
				yield { name, data: JSON.parse(data.join('\n')) };
			}
		}
	}
}

function fail(answer, message) {
	answer.dataset.state = 'error';
	const error = document.createElement('div');
	error.className = 'error';
	error.textContent = message;
	answer.append(error);
}

// A tool call the model asked for, shown above the answer: name, arguments, result.
function toolCall(call) {
	const element = document.createElement('div');
	element.className = 'tool-call';
	const name = document.createElement('span');
	name.className = 'name';
	name.textContent = call.name;
	const args = document.createElement('code');
	args.className = 'arguments';
	args.textContent = call.arguments;
	const result = document.createElement('code');
	result.className = 'result';
	result.textContent = call.result;
	element.append('Called ', name, ' with ', args, ' → ', result);
	return element;
}

async function send(text) {
	addMessage('user', text);
	const answer = addMessage('assistant', '', 'streaming');
	const answerText = answer.querySelector('.text');
	const response = await fetch(`api/conversations/${encodeURIComponent(conversationId)}/messages`, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
		body: JSON.stringify({ text })
	});
	if (!response.ok) {
		const reason = (response.status === 404)
			? 'The server no longer knows this conversation (was it restarted?): start a new one.'
			: `The server answered ${response.status}.`;
		fail(answer, reason);
		return;
	}
	for await (const event of serverSentEvents(response)) {
		if (event.name === 'delta') {
			answerText.textContent += event.data.text;
			answer.scrollIntoView({ block: 'end' });
		}
		else if (event.name === 'tool') {
			answer.insertBefore(toolCall(event.data), answerText);
		}
		else if (event.name === 'done') {
			answerText.textContent = event.data.text;
			answer.dataset.state = 'done';
		}
		else if (event.name === 'error') {
			fail(answer, event.data.text);
		}
	}
	if (answer.dataset.state === 'streaming') {
		fail(answer, 'The answer stopped before its end.');
	}
}

chatForm.addEventListener('submit', async (event) => {
	event.preventDefault();
	const text = messageInput.value.trim();
	if (!text || sendButton.disabled) {
		return;
	}
	messageInput.value = '';
	sendButton.disabled = true;
	try {
		await send(text);
	}
	catch (error) {
		const last = messages.lastElementChild;
		if (last) {
			fail(last, `The answer failed: ${error.message}`);
		}
	}
	finally {
		sendButton.disabled = false;
		messageInput.focus();
	}
});

// Enter sends; Shift+Enter starts a new line.
messageInput.addEventListener('keydown', (event) => {
	if (event.key === 'Enter' && !event.shiftKey) {
		event.preventDefault();
		chatForm.requestSubmit();
	}
});

document.getElementById('new-conversation').addEventListener('click', () => {
	startConversation().catch((error) => console.error(error));
	messageInput.focus();
});

// The search: one GET, the documents ranked by similarity to the query.

const searchForm = document.getElementById('search-form');
const searchInput = document.getElementById('search-input');
const searchStatus = document.getElementById('search-status');
const searchResults = document.getElementById('search-results');

async function search(query) {
	searchResults.replaceChildren();
	searchStatus.textContent = 'Searching…';
	const response = await fetch(`api/search?q=${encodeURIComponent(query)}`);
	if (!response.ok) {
		const problem = await response.json().catch(() => ({}));
		searchStatus.textContent = `The search failed: ${problem.detail || `the server answered ${response.status}`}`;
		return;
	}
	const results = await response.json();
	searchStatus.textContent = `${results.length} documents, most similar first:`;
	for (const result of results) {
		const item = document.createElement('li');
		item.className = 'result';
		const title = document.createElement('span');
		title.className = 'title';
		title.textContent = result.title;
		const score = document.createElement('span');
		score.className = 'score';
		score.textContent = result.score.toFixed(3);
		const bar = document.createElement('div');
		bar.className = 'bar';
		bar.style.width = `${Math.max(0, result.score) * 100}%`;
		const text = document.createElement('p');
		text.className = 'text';
		text.textContent = result.text;
		item.append(title, score, bar, text);
		searchResults.append(item);
	}
}

searchForm.addEventListener('submit', (event) => {
	event.preventDefault();
	const query = searchInput.value.trim();
	if (query) {
		search(query).catch((error) => {
			searchStatus.textContent = `The search failed: ${error.message}`;
		});
	}
});

async function showAbout() {
	const about = await (await fetch('api/about')).json();
	document.getElementById('about').textContent = about.simulator
		? `Answers come from the built-in OpenAI simulator (no OPENAI_API_KEY is set): no network, no key, no bill.`
		: `Answers come from the OpenAI API: ${about.chatModel} for the chat, ${about.embeddingModel} for the search.`;
	const documents = await (await fetch('api/documents')).json();
	document.getElementById('document-titles').textContent = documents.map((item) => item.title).join(', ');
}

showAbout().catch((error) => console.error(error));
// Sending waits for the conversation to be known.
loadConversation()
	.then(() => {
		sendButton.disabled = false;
	})
	.catch((error) => {
		document.getElementById('about').textContent = `The chat is not available: ${error.message}`;
	});
