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
});
