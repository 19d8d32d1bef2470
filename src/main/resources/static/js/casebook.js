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
	document.querySelectorAll('details.nav-menu').forEach(closeMenuWhenLeft);
	document.querySelectorAll('form.header-search').forEach(enableSuggestions);
	document.querySelectorAll('.similar-box[data-similar-url]').forEach(enableSimilarPanel);
	forgetSavedDraft();
	document.querySelectorAll('form[data-draft-key]').forEach(enableDrafts);
});

// A header menu closes like a menu does: a click elsewhere or Escape (which returns focus to it).
function closeMenuWhenLeft(menu) {
	document.addEventListener('click', (event) => {
		if (menu.open && !menu.contains(event.target)) {
			menu.open = false;
		}
	});
	menu.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && menu.open) {
			menu.open = false;
			menu.querySelector('summary').focus();
		}
	});
}

const DRAFT_PREFIX = 'casebook.draft.';
const SUBMITTED = 'casebook.submitted';

// After a form was sent: if the server did not send the same form back (nor an error page), the
// save went through and its draft is no longer needed.
function forgetSavedDraft() {
	const pending = window.sessionStorage.getItem(SUBMITTED);
	if (!pending) {
		return;
	}
	window.sessionStorage.removeItem(SUBMITTED);
	const sentBack = Array.from(document.querySelectorAll('form[data-draft-key]'))
		.some((form) => DRAFT_PREFIX + form.dataset.draftKey === pending && form.dataset.draftPosted === 'true');
	if (!sentBack && !document.querySelector('.error-page')) {
		window.localStorage.removeItem(pending);
	}
}

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

// Typed work survives a crash or a closed tab: the form's fields are kept in this browser
// (localStorage) as the person types, offered back with a notice when the form is opened again,
// and forgotten once a save went through. Leaving with unsaved changes asks first. The server
// never depends on this: without scripts every round trip already returns the typed text.
function enableDrafts(form) {
	const key = DRAFT_PREFIX + form.dataset.draftKey;
	const storage = window.localStorage;
	const values = () => {
		const fields = {};
		new FormData(form).forEach((value, name) => {
			if (name !== '_csrf' && typeof value === 'string') {
				(fields[name] = fields[name] || []).push(value);
			}
		});
		return fields;
	};
	const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
	const fill = (fields) => {
		Array.from(form.elements).forEach((element) => {
			if (!element.name || element.name === '_csrf' || element.type === 'submit' || element.type === 'button') {
				return;
			}
			const saved = fields[element.name] || [];
			if (element.type === 'checkbox' || element.type === 'radio') {
				element.checked = saved.includes(element.value);
			} else if (element.tagName === 'SELECT' && element.multiple) {
				Array.from(element.options).forEach((option) => { option.selected = saved.includes(option.value); });
			} else if (saved.length > 0) {
				element.value = saved[0];
			} else if (element.type !== 'hidden') {
				element.value = '';
			}
		});
	};
	const read = () => {
		try {
			return JSON.parse(storage.getItem(key));
		} catch (error) {
			return null;
		}
	};

	const initial = values();
	let submitting = false;

	const draft = read();
	if (form.dataset.draftPosted === 'true') {
		// the server sent the form back (errors, a conflict, nothing changed): its text is the latest
		storage.setItem(key, JSON.stringify({ fields: initial, savedAt: Date.now() }));
	} else if (draft && draft.fields && !same(draft.fields, initial)) {
		fill(draft.fields);
		showNotice(form, draft.savedAt, () => {
			storage.removeItem(key);
			fill(initial);
		});
	}

	const save = debounce(() => {
		const now = values();
		if (same(now, initial) && !read()) {
			return;
		}
		storage.setItem(key, JSON.stringify({ fields: now, savedAt: Date.now() }));
	}, 400);
	form.addEventListener('input', save);
	form.addEventListener('change', save);
	form.addEventListener('submit', (event) => {
		// the similar-scenarios check opens a new tab and leaves this page as it is
		const target = (event.submitter && event.submitter.getAttribute('formtarget')) || form.target;
		if (target === '_blank') {
			return;
		}
		submitting = true;
		storage.setItem(key, JSON.stringify({ fields: values(), savedAt: Date.now() }));
		const action = event.submitter && event.submitter.getAttribute('formaction');
		// only a save of this form clears the draft; "add my solution there" starts another form
		if (!action) {
			window.sessionStorage.setItem(SUBMITTED, key);
		}
	});
	window.addEventListener('beforeunload', (event) => {
		if (!submitting && !same(values(), initial)) {
			event.preventDefault();
			event.returnValue = '';
		}
	});
}

// The notice above a restored form: what happened, and a way back to the saved version.
function showNotice(form, savedAt, discard) {
	const notice = document.createElement('div');
	notice.className = 'alert info draft-notice';
	notice.id = 'draft-notice';
	notice.setAttribute('role', 'status');
	const text = document.createElement('span');
	const when = savedAt ? new Date(savedAt).toLocaleString(document.documentElement.lang || undefined) : '';
	text.textContent = (form.dataset.draftRestored || '').replace('{0}', when) + ' ';
	const button = document.createElement('button');
	button.type = 'button';
	button.className = 'small';
	button.id = 'draft-discard';
	button.textContent = form.dataset.draftDiscard || 'Discard';
	button.addEventListener('click', () => {
		discard();
		notice.remove();
	});
	notice.append(text, button);
	form.parentNode.insertBefore(notice, form);
}
