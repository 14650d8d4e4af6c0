// Checkout: show the fields for the chosen fulfilment, fill coordinates from the device location, avoid double submits.
(function () {
    var form = document.querySelector('[data-checkout-form]');
    if (!form) return;
    function show() {
        var picked = form.querySelector('input[name="Input.Fulfilment"]:checked');
        form.querySelectorAll('[data-show-for]').forEach(function (el) {
            el.hidden = picked ? el.getAttribute('data-show-for') !== picked.value : false;
        });
    }
    form.querySelectorAll('input[name="Input.Fulfilment"]').forEach(function (r) { r.addEventListener('change', show); });
    show();

    var locate = form.querySelector('[data-locate]');
    var status = form.querySelector('[data-locate-status]');
    if (locate && 'geolocation' in navigator) {
        locate.hidden = false;
        locate.addEventListener('click', function () {
            status.textContent = status.getAttribute('data-finding');
            navigator.geolocation.getCurrentPosition(function (pos) {
                form.querySelector('#Input_Latitude').value = pos.coords.latitude.toFixed(6);
                form.querySelector('#Input_Longitude').value = pos.coords.longitude.toFixed(6);
                status.textContent = status.getAttribute('data-found');
            }, function () {
                status.textContent = status.getAttribute('data-failed');
                var more = form.querySelector('details');
                if (more) more.open = true;
            }, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
        });
    }
    form.addEventListener('submit', function () {
        var button = form.querySelector('[data-testid="place-order"]');
        setTimeout(function () { button.disabled = true; }, 0);
    });
})();
