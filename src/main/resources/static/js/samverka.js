// A table wider than the screen scrolls sideways inside its .table-wrap; WCAG 2.1.1 asks that the keyboard can
// scroll it too. Such a wrapper becomes a focusable region named by the table's caption; one that fits gets no
// extra tab stop. Wrappers that the page itself made focusable are left as they are.
(function () {
    function markScrollingTables() {
        document.querySelectorAll('.table-wrap').forEach(function (wrap) {
            var caption = wrap.querySelector('caption');
            var ours = wrap.hasAttribute('data-scroll-region');
            if (!caption || (wrap.hasAttribute('tabindex') && !ours)) {
                return;
            }
            if (wrap.scrollWidth > wrap.clientWidth) {
                wrap.tabIndex = 0;
                wrap.setAttribute('role', 'region');
                wrap.setAttribute('aria-label', caption.textContent.trim());
                wrap.setAttribute('data-scroll-region', '');
            } else if (ours) {
                ['tabindex', 'role', 'aria-label', 'data-scroll-region'].forEach(function (name) {
                    wrap.removeAttribute(name);
                });
            }
        });
    }
    document.addEventListener('DOMContentLoaded', markScrollingTables);
    window.addEventListener('resize', markScrollingTables);
    document.addEventListener('htmx:afterSettle', markScrollingTables);
})();

// htmx leaves an error response unswapped, so an update that fails because the database cannot be reached would
// look like nothing happened. The 503 page's explanation replaces the main content instead, and gets the focus.
document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 503 && document.getElementById('main')) {
        event.detail.shouldSwap = true;
        event.detail.target = document.getElementById('main');
        event.detail.selectOverride = '#main';
        event.detail.swapOverride = 'outerHTML';
    }
});
document.addEventListener('htmx:afterSettle', function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 503 && document.getElementById('main')) {
        document.getElementById('main').focus();
    }
});

// The directory's "near me": shown only where the browser can tell its position, which it asks the visitor for. The
// position, rounded to about 100 m, goes in the address only to sort the list; nothing of it is kept.
(function () {
    var form = document.querySelector('[data-near-me]');
    if (!form || !navigator.geolocation) {
        return;
    }
    form.hidden = false;
    form.addEventListener('submit', function (event) {
        event.preventDefault();
        var problem = form.querySelector('[data-near-me-problem]');
        navigator.geolocation.getCurrentPosition(function (position) {
            form.elements.nara.value = position.coords.latitude.toFixed(3) + ',' + position.coords.longitude.toFixed(3);
            form.submit();
        }, function () {
            problem.textContent = form.getAttribute('data-refused');
        }, {maximumAge: 600000, timeout: 15000});
    });
})();

// The to-do count in the navigation, asked for after the page has loaded so that no page waits for it. Not htmx:
// only the count itself is put in, never a sign-in page or an error answered instead.
document.addEventListener('DOMContentLoaded', () => {
    document.querySelectorAll('[data-count-from]').forEach(slot =>
        fetch(slot.dataset.countFrom, {credentials: 'same-origin', redirect: 'error'})
            .then(response => response.ok ? response.text() : '')
            .then(text => {
                if (/^<span class="todo-count">[^<]*<\/span>$/.test(text.trim())) {
                    slot.outerHTML = text.trim();
                }
            })
            .catch(() => {}));
});
