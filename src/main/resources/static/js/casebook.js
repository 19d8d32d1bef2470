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
	document.querySelectorAll('details.filter-fold').forEach(foldFiltersOnAPhone);
	document.querySelectorAll('form.header-search').forEach(enableSuggestions);
	document.querySelectorAll('input[data-tag-picker]').forEach(enableTagPicker);
	document.querySelectorAll('.similar-box[data-similar-url]').forEach(enableSimilarPanel);
	document.querySelectorAll('fieldset.measurements').forEach(enableMeasurementRows);
	forgetSavedDraft();
	document.querySelectorAll('form[data-draft-key]').forEach(enableDrafts);
});

// The template's measurement rows: the page brings two spare rows; "add a row" copies the
// last one empty, numbered after it, for anyone with more figures to give.
function enableMeasurementRows(fieldset) {
	const button = fieldset.querySelector('button.add-measurement');
	const rows = fieldset.querySelector('.measurement-rows');
	if (!button || !rows) {
		return;
	}
	button.hidden = false;
	button.addEventListener('click', () => {
		const last = rows.querySelector('.measurement-row:last-of-type');
		const next = rows.querySelectorAll('.measurement-row').length;
		const row = last.cloneNode(true);
		row.classList.remove('has-error');
		row.querySelectorAll('.field-error').forEach((error) => error.remove());
		row.querySelectorAll('input, select').forEach((field) => {
			field.name = field.name.replace(/measurements\[\d+\]/, `measurements[${next}]`);
			if (field.id) {
				field.id = field.id.replace(/^m\d+-/, `m${next}-`);
			}
			if (field.tagName === 'INPUT') {
				field.value = '';
			}
			else {
				field.selectedIndex = 0;
			}
		});
		rows.append(row);
		row.querySelector('select').focus();
	});
}

// On a phone the results come first: the filter form folds under its summary unless a choice in
// it is already made. Without this script it stays open, as on a wider screen.
function foldFiltersOnAPhone(fold) {
	const phone = window.matchMedia('(max-width: 720px)');
	if (phone.matches && fold.dataset.choices === '0') {
		fold.open = false;
	}
	// a wider window has no summary to open it with
	phone.addEventListener('change', () => {
		if (!phone.matches) {
			fold.open = true;
		}
	});
}

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

// The tags field as tokens: type a name in either language or a synonym, move with the arrows,
// pick with Enter, a comma or a click; Backspace in the empty box removes the last tag. A name the
// vocabulary lacks is offered as a proposal. The form still sends the one comma-separated field the
// server parses, which without scripts is the picker itself.
const TAG_SEPARATORS = /[,，、;；\n]/;

function enableTagPicker(field) {
	const template = document.getElementById('tag-vocabulary');
	if (!template) {
		return;
	}
	const vocabulary = Array.from(template.content.querySelectorAll('li')).map((item) => ({
		name: item.dataset.name,
		group: item.dataset.group || '',
		terms: Array.from(item.querySelectorAll('span')).map((span) => span.textContent.trim()).filter((t) => t),
	}));
	const format = (pattern, value) => pattern.replace('{0}', value);
	const known = (text) => {
		const wanted = text.trim().toLowerCase();
		return vocabulary.find((tag) => tag.terms.some((term) => term.toLowerCase() === wanted));
	};
	const picker = document.createElement('div');
	picker.className = 'tag-picker';
	const tokens = document.createElement('ul');
	tokens.className = 'tag-tokens';
	const input = document.createElement('input');
	input.type = 'text';
	input.id = field.id + '-input';
	input.className = 'tag-input';
	input.autocomplete = 'off';
	input.placeholder = field.dataset.inputLabel;
	input.setAttribute('role', 'combobox');
	input.setAttribute('aria-autocomplete', 'list');
	input.setAttribute('aria-expanded', 'false');
	input.setAttribute('aria-controls', field.id + '-options');
	if (field.getAttribute('aria-describedby')) {
		input.setAttribute('aria-describedby', field.getAttribute('aria-describedby'));
	}
	const list = document.createElement('ul');
	list.className = 'suggestions tag-options';
	list.id = field.id + '-options';
	list.setAttribute('role', 'listbox');
	list.hidden = true;
	picker.append(tokens, input, list);
	field.type = 'hidden';
	field.after(picker);
	document.querySelectorAll('label[for="' + field.id + '"]').forEach((label) => { label.htmlFor = input.id; });
	picker.addEventListener('click', (event) => {
		if (event.target === picker || event.target === tokens) {
			input.focus();
		}
	});

	let chosen = [];
	let options = [];
	let active = -1;

	const write = () => {
		field.value = chosen.join(', ');
	};
	const render = () => {
		tokens.replaceChildren(...chosen.map((name, index) => {
			const token = document.createElement('li');
			token.className = 'token' + (known(name) ? '' : ' proposed');
			const label = document.createElement('span');
			label.textContent = name;
			token.append(label);
			if (!known(name)) {
				const note = document.createElement('small');
				note.textContent = field.dataset.newLabel;
				token.append(note);
			}
			const remove = document.createElement('button');
			remove.type = 'button';
			remove.className = 'token-remove';
			remove.textContent = '×';
			remove.setAttribute('aria-label', format(field.dataset.removeLabel, name));
			remove.addEventListener('click', () => {
				chosen.splice(index, 1);
				write();
				render();
				input.focus();
			});
			token.append(remove);
			return token;
		}));
	};
	const readField = () => {
		chosen = [];
		field.value.split(TAG_SEPARATORS).map((name) => name.trim()).filter((name) => name).forEach(add);
		write();
		render();
	};
	function add(text) {
		const tag = known(text);
		const name = tag ? tag.name : text.trim();
		if (name && !chosen.some((c) => c.toLowerCase() === name.toLowerCase())) {
			chosen.push(name);
		}
	}
	const close = () => {
		list.hidden = true;
		input.setAttribute('aria-expanded', 'false');
		input.removeAttribute('aria-activedescendant');
		active = -1;
	};
	const highlight = (index) => {
		active = index;
		Array.from(list.children).forEach((item, i) => item.setAttribute('aria-selected', String(i === index)));
		if (index >= 0) {
			input.setAttribute('aria-activedescendant', list.children[index].id);
			list.children[index].scrollIntoView({ block: 'nearest' });
		} else {
			input.removeAttribute('aria-activedescendant');
		}
	};
	const pick = (option) => {
		add(option.name);
		input.value = '';
		write();
		render();
		close();
		input.focus();
	};
	const suggest = () => {
		const typed = input.value.trim();
		const wanted = typed.toLowerCase();
		if (!wanted) {
			close();
			return;
		}
		const taken = (tag) => chosen.some((c) => c.toLowerCase() === tag.name.toLowerCase());
		const matches = vocabulary
			.filter((tag) => !taken(tag))
			.map((tag) => {
				const term = tag.terms.find((t) => t.toLowerCase().startsWith(wanted))
					|| tag.terms.find((t) => t.toLowerCase().includes(wanted));
				return term ? { tag, term, rank: term.toLowerCase().startsWith(wanted) ? 0 : 1 } : null;
			})
			.filter((match) => match)
			.sort((a, b) => a.rank - b.rank)
			.slice(0, 8);
		options = matches.map((match) => ({ name: match.tag.name, term: match.term, group: match.tag.group }));
		if (!known(typed) && !chosen.some((c) => c.toLowerCase() === wanted)) {
			options.push({ name: typed, proposal: true });
		}
		list.replaceChildren(...options.map((option, index) => {
			const item = document.createElement('li');
			item.id = list.id + '-' + index;
			item.setAttribute('role', 'option');
			item.className = option.proposal ? 'proposal' : '';
			if (option.proposal) {
				item.textContent = format(field.dataset.proposeLabel, option.name);
			} else {
				item.textContent = option.name;
				const hint = option.term.toLowerCase() !== option.name.toLowerCase()
					? format(field.dataset.synonymLabel, option.term) : option.group;
				if (hint) {
					const small = document.createElement('small');
					small.textContent = hint;
					item.append(' ', small);
				}
			}
			// a press, not a click: the box keeps its focus
			item.addEventListener('mousedown', (event) => {
				event.preventDefault();
				pick(option);
			});
			return item;
		}));
		list.hidden = options.length === 0;
		input.setAttribute('aria-expanded', String(!list.hidden));
		highlight(options.length > 0 ? 0 : -1);
	};

	input.addEventListener('input', () => {
		const parts = input.value.split(TAG_SEPARATORS);
		if (parts.length > 1) {
			parts.slice(0, -1).map((part) => part.trim()).filter((part) => part).forEach(add);
			input.value = parts[parts.length - 1];
			write();
			render();
		}
		suggest();
	});
	input.addEventListener('keydown', (event) => {
		if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
			event.preventDefault();
			if (list.hidden) {
				suggest();
				return;
			}
			const step = event.key === 'ArrowDown' ? 1 : -1;
			highlight((active + step + options.length) % options.length);
		} else if (event.key === 'Enter') {
			// Enter adds the tag; it never sends the form from this box
			event.preventDefault();
			if (!list.hidden && active >= 0) {
				pick(options[active]);
			} else if (input.value.trim()) {
				pick({ name: input.value.trim() });
			}
		} else if (event.key === 'Escape' && !list.hidden) {
			event.preventDefault();
			close();
		} else if (event.key === 'Backspace' && input.value === '' && chosen.length > 0) {
			chosen.pop();
			write();
			render();
		}
	});
	input.addEventListener('blur', () => {
		// a name typed and left in the box is kept, as in the plain field
		if (input.value.trim()) {
			add(input.value);
			input.value = '';
			write();
			render();
		}
		close();
	});
	// a draft restored into the field
	field.addEventListener('change', readField);
	readField();
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
		form.querySelectorAll('input[data-tag-picker]').forEach((field) => field.dispatchEvent(new Event('change')));
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
