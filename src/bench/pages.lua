-- wrk script: each request takes the next path given after "--" on the wrk command line.
local paths, next_index = {}, 0

function init(args)
	for _, path in ipairs(args) do
		paths[#paths + 1] = path
	end
end

function request()
	next_index = next_index % #paths + 1
	return wrk.format(nil, paths[next_index])
end
