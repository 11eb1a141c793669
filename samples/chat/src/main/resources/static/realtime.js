'use strict';

// Sends a message and shows the reply's deltas as they arrive (server-sent events read
// from a fetch, since EventSource cannot POST).
const messages = document.getElementById('realtime-messages');
const form = document.getElementById('realtime-form');
const input = document.getElementById('realtime-input');
const send = document.getElementById('realtime-send');

function addMessage(role, text) {
	const item = document.createElement('li');
	item.className = 'message ' + role;
	const body = document.createElement('div');
	body.className = 'text';
	body.textContent = text;
	item.appendChild(body);
	messages.appendChild(item);
	return item;
}

async function ask(text) {
	addMessage('user', text);
	const answer = addMessage('assistant', '');
	answer.dataset.state = 'streaming';
	answer.dataset.deltas = '0';
	const body = answer.querySelector('.text');
	try {
		const response = await fetch('api/realtime/messages', {
			method: 'POST',
			headers: { 'Content-Type': 'application/json', 'Accept': 'text/event-stream' },
			body: JSON.stringify({ text })
		});
		if (!response.ok) {
			throw new Error('HTTP ' + response.status);
		}
		const reader = response.body.getReader();
		const decoder = new TextDecoder();
		let buffer = '';
		for (;;) {
			const { done, value } = await reader.read();
			if (done) {
				break;
			}
			buffer += decoder.decode(value, { stream: true });
			let end;
			while ((end = buffer.indexOf('\n\n')) >= 0) {
				const block = buffer.slice(0, end);
				buffer = buffer.slice(end + 2);
				let name = 'message';
				let data = '';
				for (const line of block.split('\n')) {
					if (line.startsWith('event:')) {
						name = line.slice(6).trim();
					}
					else if (line.startsWith('data:')) {
						data += line.slice(5);
					}
				}
				const text = data ? JSON.parse(data).text : '';
				if (name === 'delta') {
					body.textContent += text;
					answer.dataset.deltas = String(Number(answer.dataset.deltas) + 1);
				}
				else if (name === 'done') {
					body.textContent = text;
					answer.dataset.state = 'done';
				}
				else if (name === 'error') {
					body.textContent = text;
					answer.dataset.state = 'error';
				}
			}
		}
	}
	catch (error) {
		body.textContent = String(error);
		answer.dataset.state = 'error';
	}
}

form.addEventListener('submit', async (event) => {
	event.preventDefault();
	const text = input.value.trim();
	if (!text) {
		return;
	}
	input.value = '';
	send.disabled = true;
	try {
		await ask(text);
	}
	finally {
		send.disabled = false;
		input.focus();
	}
});

input.addEventListener('keydown', (event) => {
	if (event.key === 'Enter' && !event.shiftKey) {
		event.preventDefault();
		form.requestSubmit();
	}
});
