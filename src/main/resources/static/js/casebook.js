// Small progressive enhancements; every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
	// ask before actions marked as destructive
	document.querySelectorAll('form[data-confirm]').forEach((form) => {
		form.addEventListener('submit', (event) => {
			if (!window.confirm(form.dataset.confirm)) {
				event.preventDefault();
			}
		});
	});
	document.querySelectorAll('form.header-search').forEach(enableSuggestions);
	document.querySelectorAll('.similar-box[data-similar-url]').forEach(enableSimilarPanel);
});

// Waits until typing pauses, so that a request goes out per thought rather than per key.
function debounce(action, millis) {
	let timer;
	return (...args) => {
		clearTimeout(timer);
		timer = setTimeout(() => action(...args), millis);
	};
}

// Search-as-you-type: titles and tags under the header box; arrows move, Enter opens, Escape closes.
function enableSuggestions(form) {
	const input = form.querySelector('input[name=q]');
	const url = form.dataset.suggestUrl;
	if (!input || !url) {
		return;
	}
	const list = document.createElement('ul');
	list.className = 'suggestions';
	list.id = 'header-suggestions';
	list.setAttribute('role', 'listbox');
	list.hidden = true;
	form.appendChild(list);
	input.setAttribute('aria-controls', list.id);
	input.setAttribute('aria-autocomplete', 'list');
	let active = -1;
	let latest = 0;

	const close = () => {
		list.hidden = true;
		active = -1;
		input.setAttribute('aria-expanded', 'false');
	};
	const items = () => Array.from(list.querySelectorAll('a'));
	const highlight = (index) => {
		const links = items();
		links.forEach((link, i) => link.setAttribute('aria-selected', String(i === index)));
		active = index;
	};
	const render = (data) => {
		list.replaceChildren();
		const add = (item, kind) => {
			const li = document.createElement('li');
			const link = document.createElement('a');
			link.href = item.url;
			link.setAttribute('role', 'option');
			link.className = kind;
			link.textContent = kind === 'tag' ? '#' + item.label : item.label;
			li.appendChild(link);
			list.appendChild(li);
		};
		data.titles.forEach((item) => add(item, 'title'));
		data.tags.forEach((item) => add(item, 'tag'));
		list.hidden = list.children.length === 0;
		input.setAttribute('aria-expanded', String(!list.hidden));
		active = -1;
	};
	const fetchSuggestions = debounce(async () => {
		const typed = input.value.trim();
		const request = ++latest;
		if (!typed) {
			close();
			return;
		}
		try {
			const response = await fetch(url + '?q=' + encodeURIComponent(typed), { headers: { Accept: 'application/json' } });
			if (response.ok && request === latest) {
				render(await response.json());
			}
		} catch (error) {
			close();
		}
	}, 150);

	input.addEventListener('input', fetchSuggestions);
	input.addEventListener('keydown', (event) => {
		const links = items();
		if (list.hidden || links.length === 0) {
			return;
		}
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			highlight((active + 1) % links.length);
		} else if (event.key === 'ArrowUp') {
			event.preventDefault();
			highlight((active - 1 + links.length) % links.length);
		} else if (event.key === 'Enter' && active >= 0) {
			event.preventDefault();
			window.location.href = links[active].href;
		} else if (event.key === 'Escape') {
			// a search box would also clear what was typed; only the list should go
			event.preventDefault();
			close();
		}
	});
	document.addEventListener('click', (event) => {
		if (!form.contains(event.target)) {
			close();
		}
	});
}

// While a manager writes a scenario, show the published ones that look like it.
function enableSimilarPanel(box) {
	const form = box.closest('form');
	const panel = box.querySelector('#similar-results');
	const title = form.querySelector('[name=title]');
	const situation = form.querySelector('[name=situation]');
	let latest = 0;
	const refresh = debounce(async () => {
		const request = ++latest;
		const body = new URLSearchParams();
		body.set('title', title.value);
		body.set('situation', situation.value);
		body.set('panel', 'true');
		['_csrf', 'excluding'].forEach((name) => {
			const field = form.querySelector('[name=' + name + ']');
			if (field) {
				body.set(name, field.value);
			}
		});
		try {
			const response = await fetch(box.dataset.similarUrl, { method: 'POST', body });
			if (response.ok && request === latest) {
				const html = new DOMParser().parseFromString(await response.text(), 'text/html');
				const fresh = html.querySelector('#similar-results');
				panel.replaceChildren(...(fresh ? Array.from(fresh.childNodes) : []));
			}
		} catch (error) {
			// the button below the panel still works
		}
	}, 600);
	[title, situation].forEach((field) => field && field.addEventListener('input', refresh));
	if ((title && title.value) || (situation && situation.value)) {
		refresh();
	}
}
