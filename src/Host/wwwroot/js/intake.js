// Intake page: "add a party/obligation" without a round trip. Without this script the same buttons post the form
// back and the server adds the row, so the page works either way.
(function () {
    'use strict';
    function renumber(row, index) {
        row.querySelectorAll('[name], [id], [for], [aria-describedby]').forEach(function (el) {
            ['name', 'id', 'for', 'aria-describedby'].forEach(function (attr) {
                var value = el.getAttribute(attr);
                if (value) { el.setAttribute(attr, value.replace(/(Parties|Obligations)([\[_])\d+/, '$1$2' + index)); }
            });
        });
        var heading = row.querySelector('h3');
        if (heading) { heading.textContent = heading.textContent.replace(/\d+\s*$/, String(index + 1)); }
    }
    document.querySelectorAll('[data-add-row]').forEach(function (button) {
        button.addEventListener('click', function (event) {
            var kind = button.getAttribute('data-add-row');
            var rows = document.querySelectorAll('[data-row="' + kind + '"]');
            if (rows.length === 0) { return; }
            event.preventDefault();
            var copy = rows[rows.length - 1].cloneNode(true);
            renumber(copy, rows.length);
            copy.querySelectorAll('input').forEach(function (input) { input.value = ''; });
            copy.querySelectorAll('.field-error').forEach(function (error) { error.remove(); });
            copy.querySelectorAll('.invalid').forEach(function (field) { field.classList.remove('invalid'); });
            copy.querySelectorAll('[aria-describedby]').forEach(function (el) { el.removeAttribute('aria-describedby'); });
            button.parentNode.insertBefore(copy, button);
            if (kind === 'party') {
                document.querySelectorAll('select[data-parties]').forEach(function (select) {
                    var option = document.createElement('option');
                    option.value = String(rows.length);
                    option.textContent = String(rows.length + 1) + '.';
                    select.appendChild(option);
                });
            }
            var first = copy.querySelector('input');
            if (first) { first.focus(); }
        });
    });
}());
