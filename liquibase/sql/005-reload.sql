-- Tell a listening server to reload its schema cache (delivered at commit).
NOTIFY pgrst, 'reload schema';
